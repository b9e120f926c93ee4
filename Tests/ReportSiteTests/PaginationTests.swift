import Foundation
import ReportModel
import Testing

@testable import ReportSite

@Suite struct Pagination {
  func build(pageSize: Int) throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    var report = try SiteFixture.report()
    report.config.pageSize = pageSize
    try SiteFixture.build(report, into: folder.output)
    return folder
  }

  /// Task page links on a list page.
  func taskLinks(_ html: String) -> Set<String> {
    Set(
      html.components(separatedBy: "<p class=\"task-title\"><a href=\"").dropFirst().map {
        String($0.prefix { $0 != "\"" })
      })
  }

  @Test func longListsAreSplitAndEveryTaskStaysReachableWithoutScript() throws {
    let folder = try build(pageSize: 10)
    let files = try SiteFixture.tree(folder.output)
    // 44 tasks are 已完成并长期坚持: five pages, the first at the list's own URL.
    #expect(files["2020/status/done-ongoing.html"] != nil)
    #expect(files["2020/status/done-ongoing-p5.html"] != nil)
    #expect(files["2020/status/done-ongoing-p6.html"] == nil)
    var reached: Set<String> = []
    for page in 1...8 {
      let path = Pager.path("2020/tasks/index.html", page: page)
      let html = try SiteFixture.text(folder.output, path)
      #expect(html.contains("class=\"pagination\""))
      reached.formUnion(taskLinks(html))
    }
    #expect(reached.count == 78)
    #expect(files["2020/tasks/index-p9.html"] == nil)
    // The search index is there, named on the form, and lists every task.
    let first = try SiteFixture.text(folder.output, "2020/tasks/index.html")
    #expect(first.contains("data-search=\"../tasks/search/\" data-paginated=\"true\""))
    let index = try SiteFixture.text(folder.output, "2020/tasks/search/meta.js")
    #expect(
      index.hasPrefix("(window.reportSiteSearch = window.reportSiteSearch || {})[\"meta\"] = {"))
    #expect(index.components(separatedBy: "\"tasks\":[[").count == 2)
  }

  @Test func sectionPagesKeepSubsectionHeadingsAcrossPages() throws {
    let folder = try build(pageSize: 5)
    // Section 一 has 4 + 5 + 4 tasks: three pages.
    let second = try SiteFixture.text(folder.output, "2020/sections/1-p2.html")
    #expect(second.contains("（二）借力造势激发消费潜力"))
    #expect(taskLinks(second).count == 5)
    #expect(second.contains("第 2 页，共 3 页"))
  }

  @Test func shortListsAreNotPaginated() throws {
    let folder = try build(pageSize: 200)
    let files = try SiteFixture.tree(folder.output).keys
    #expect(!files.contains { $0.contains("-p2.") })
    #expect(files.contains("2020/tasks/search/meta.js"))
    #expect(
      !(try SiteFixture.text(folder.output, "2020/tasks/index.html")).contains("data-paginated"))
    #expect(!(try SiteFixture.text(folder.output, "2020/tasks/index.html")).contains("pagination"))
  }

  @Test func breadcrumbLinksReachTheSubsectionOnItsPage() throws {
    let folder = try build(pageSize: 5)
    var checked = 0
    for number in 1...78 {
      let html = try SiteFixture.text(folder.output, "2020/tasks/\(number).html")
      for part in html.components(separatedBy: "href=\"../sections/").dropFirst() {
        let link = part.prefix { $0 != "\"" }
        guard let hash = link.firstIndex(of: "#") else { continue }
        let page = try SiteFixture.text(folder.output, "2020/sections/" + link[..<hash])
        #expect(page.contains("id=\"\(link[link.index(after: hash)...])\""), "\(number): \(link)")
        checked += 1
      }
    }
    #expect(checked > 70)
  }

  /// A unit's page at the site's root is split too; every one of its tasks stays reachable.
  @Test func aUnitsPageAtTheRootIsSplitIntoPages() throws {
    let folder = try build(pageSize: 2)
    let files = try SiteFixture.tree(folder.output)
    let report = try SiteFixture.report()
    let tasks = try #require(report.latest).tasks.filter { $0.units.contains("区民政局") }
    #expect(tasks.count == 3)
    #expect(files["units/qu-min-zheng-ju-p2.html"] != nil)
    #expect(files["units/qu-min-zheng-ju-p3.html"] == nil)
    var reached: Set<String> = []
    for page in 1...2 {
      let html = try SiteFixture.text(
        folder.output, Pager.path("units/qu-min-zheng-ju.html", page: page))
      #expect(html.contains("class=\"pagination\""))
      #expect(html.contains("牵头 1 项、参与 2 项"))
      reached.formUnion(taskLinks(html))
    }
    #expect(reached == Set(tasks.map { "../2020/tasks/\($0.number).html" }))
  }
}
