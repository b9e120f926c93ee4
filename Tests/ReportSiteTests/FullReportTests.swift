import Foundation
import Testing

@testable import ReportSite

/// The full report (全文): every task of the round, grouped by section and subsection, with its
/// units, status and narrative; split by section above `pageSize` tasks.
@Suite struct FullReportTests {
  func build(pageSize: Int) throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    var report = try SiteFixture.report()
    report.config.pageSize = pageSize
    try SiteFixture.build(report, into: folder.output)
    return folder
  }

  /// The task numbers on a page, in order.
  func numbers(_ html: String) -> [Int] {
    html.components(separatedBy: "class=\"full-task-title\" id=\"t").dropFirst().compactMap {
      Int($0.prefix { $0.isNumber })
    }
  }

  @Test func onePageHoldsEveryTaskInReportOrder() throws {
    let folder = try build(pageSize: 200)
    let html = try SiteFixture.text(folder.output, "2020/full/index.html")
    let round = try #require(try SiteFixture.report().latest)
    #expect(numbers(html) == round.tasks.map(\.number))
    #expect(html.count(of: "<h2 id=\"s") == 6)
    #expect(html.contains("<h3 id=\"s1-1\">（一）抓实抓细强化疫情防控</h3>"))
    #expect(html.contains("<span class=\"lead-mark\">（牵头）</span>"))
    #expect(html.contains("拼多多"))
    #expect(html.count(of: "<h1") == 1)
    #expect(
      try SiteFixture.text(folder.output, "2020/index.html").contains("href=\"full/index.html\""))
    #expect(!FileManager.default.fileExists(atPath: folder.output.path + "/full/1.html"))
  }

  @Test func aLongReportIsSplitBySection() throws {
    let folder = try build(pageSize: 20)
    let first = try SiteFixture.text(folder.output, "2020/full/index.html")
    #expect(numbers(first).isEmpty)
    var all: [Int] = []
    for section in 1...6 {
      #expect(first.contains("<a href=\"../full/\(section).html\">"))
      all += numbers(try SiteFixture.text(folder.output, "2020/full/\(section).html"))
    }
    let round = try #require(try SiteFixture.report().latest)
    #expect(all == round.tasks.map(\.number))
  }
}
