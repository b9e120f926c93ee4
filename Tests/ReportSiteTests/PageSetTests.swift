import Foundation
import ReportModel
import Testing

@testable import ReportSite

@Suite struct PageSetTests {
  @Test func seedSiteHasEveryPage() throws {
    let folder = try TemporaryFolder()
    let report = try SiteFixture.report()
    let summary = try SiteFixture.build(report, into: folder.output)
    let files = try SiteFixture.tree(folder.output)
    let round = try #require(report.latest)

    let taskPages = files.keys.filter {
      $0.hasPrefix("2020/tasks/") && $0.hasSuffix(".html") && $0 != "2020/tasks/index.html"
    }
    #expect(Set(taskPages) == Set(round.tasks.map { "2020/tasks/\($0.number).html" }))
    #expect(taskPages.count == 78)
    let sectionPages = files.keys.filter { $0.hasPrefix("2020/sections/") }
    #expect(Set(sectionPages) == Set((1...6).map { "2020/sections/\($0).html" }))
    let statusPages = files.keys.filter {
      $0.hasPrefix("2020/status/") && $0 != "2020/status/index.html"
    }
    #expect(
      Set(statusPages) == Set(StatusCategory.allCases.map { "2020/status/\($0.rawValue).html" }))
    let badges = files.keys.filter { $0.hasPrefix("2020/badges/") }
    #expect(Set(badges) == Set(round.tasks.map { "2020/badges/\($0.number).svg" }))
    for page in [
      "2020/index.html", "404.html", "2020/tasks/index.html", "2020/units/index.html",
      "2020/status/index.html",
      "data.json", "tasks.csv", "assets/site.css", "assets/print.css", "assets/filter.js",
      ".report-site",
    ] {
      #expect(files[page] != nil, "\(page) missing")
    }
    #expect(files["sitemap.xml"] == nil)
    #expect(summary.pagesWritten == files.keys.count { $0.hasSuffix(".html") })
    #expect(summary.filesWritten == files.count)
  }

  @Test func aliasesShareOneUnitPage() throws {
    let folder = try TemporaryFolder()
    let report = try SiteFixture.report()
    try SiteFixture.build(report, into: folder.output)
    let files = try SiteFixture.tree(folder.output)
    let round = try #require(report.latest)
    let canonical = Set(round.tasks.flatMap(\.units).map(SiteFixture.units.canonicalName(for:)))
    let unitPages = files.keys.filter { $0.hasPrefix("units/") && $0 != "units/index.html" }
    #expect(unitPages.count == canonical.count)
    #expect(!canonical.contains("区人社局"))

    // Every task of either name is on the one page, and nowhere else 区人社局 gets a page.
    let page = try SiteFixture.text(
      folder.output, "units/qu-ren-li-zi-yuan-he-she-hui-bao-zhang-ju.html")
    let written = round.tasks.filter {
      $0.units.contains("区人社局") || $0.units.contains("区人力资源和社会保障局")
    }
    #expect(written.contains { $0.units.contains("区人社局") })
    #expect(written.contains { $0.units.contains("区人力资源和社会保障局") })
    for task in written {
      #expect(page.contains("href=\"../2020/tasks/\(task.number).html\""), "task \(task.number)")
    }
    #expect(files["units/qu-ren-she-ju.html"] == nil)

    // Without the alias the directory knows two units.
    let separate = try TemporaryFolder()
    try SiteFixture.build(try SiteFixture.report(units: UnitDirectory()), into: separate.output)
    let separateFiles = try SiteFixture.tree(separate.output)
    #expect(separateFiles["units/qu-ren-she-ju.html"] != nil)
    #expect(
      separateFiles.keys.count { $0.hasPrefix("units/") }
        == files.keys.count { $0.hasPrefix("units/") } + 1)
  }

  @Test func sectionWithoutSubsectionsListsItsTasks() throws {
    let folder = try TemporaryFolder()
    let report = try SiteFixture.report()
    try SiteFixture.build(report, into: folder.output)
    let round = try #require(report.latest)
    let six = try SiteFixture.text(folder.output, "2020/sections/6.html")
    for task in round.tasks where task.section == 6 {
      #expect(six.contains("href=\"../tasks/\(task.number).html\""))
    }
    #expect(six.contains("<h2 id=\"tasks\">任务清单</h2>"))
    let one = try SiteFixture.text(folder.output, "2020/sections/1.html")
    #expect(one.contains("<h2 id=\"sub-1\">（一）抓实抓细强化疫情防控</h2>"))
    #expect(!one.contains("任务清单"))
  }

  @Test func taskPageShowsBreadcrumbUnitsAndNeighbours() throws {
    let folder = try TemporaryFolder()
    try SiteFixture.build(try SiteFixture.report(), into: folder.output)
    let page = try SiteFixture.text(folder.output, "2020/tasks/2.html")
    #expect(page.contains("<nav class=\"breadcrumbs\" aria-label=\"当前位置\">"))
    #expect(page.contains("<a href=\"../sections/1.html#sub-1\">（一）抓实抓细强化疫情防控</a>"))
    #expect(
      page.contains(
        "<a href=\"../../units/qu-wei-sheng-jian-kang-wei.html\">区卫生健康委</a>"
          + "<span class=\"lead-mark\">（牵头）</span>"))
    #expect(page.count(of: "（牵头）") == 1)
    #expect(page.contains("href=\"../tasks/1.html\" rel=\"prev\""))
    #expect(page.contains("href=\"../tasks/3.html\" rel=\"next\""))
    #expect(page.contains("<span class=\"badge-text\">已完成·长期坚持</span>"))
  }

  @Test func everyPageIsWellFormedForScreenReaders() throws {
    let folder = try TemporaryFolder()
    try SiteFixture.build(try SiteFixture.report(), into: folder.output)
    let files = try SiteFixture.tree(folder.output)
    for (path, data) in files where path.hasSuffix(".html") {
      let html = try #require(String(data: data, encoding: .utf8))
      #expect(
        html.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">"),
        "\(path)")
      #expect(html.count(of: "<h1") == 1, "\(path)")
      #expect(html.contains("<meta name=\"viewport\""), "\(path)")
      #expect(html.contains("media=\"print\""), "\(path)")
      #expect(html.contains("<main id=\"main\""), "\(path)")
      let ids = HTMLScan.attributeValues("id", in: html)
      #expect(Set(ids).count == ids.count, "duplicate id in \(path)")
      #expect(!html.contains("<h2></h2>") && !html.contains("<h1></h1>"), "\(path)")
    }
  }

  @Test func allTasksPageIsUsableWithoutScript() throws {
    let folder = try TemporaryFolder()
    try SiteFixture.build(try SiteFixture.report(), into: folder.output)
    let page = try SiteFixture.text(folder.output, "2020/tasks/index.html")
    #expect(page.count(of: "<li class=\"task-row\"") == 78)
    #expect(
      page.contains(
        "<form class=\"filter panel\" id=\"task-filter\" action=\"index.html\" method=\"get\""
          + " data-search=\"../tasks/search/\" hidden>"
      ))
    #expect(page.contains("<script src=\"../../assets/filter.js\" defer></script>"))
    #expect(
      page.contains(
        "data-status=\"done-ongoing\" data-section=\"1\" data-units=\"qu-wei-sheng-jian-kang-wei"))
    #expect(page.contains("<option value=\"qu-shang-wu-ju\">区商务局</option>"))
  }
}

extension String {
  func count(of needle: String) -> Int {
    var count = 0
    var start = startIndex
    while let range = self[start...].range(of: needle) {
      count += 1
      start = range.upperBound
    }
    return count
  }
}
