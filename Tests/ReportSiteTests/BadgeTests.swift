import Foundation
import ReportModel
import Testing

@testable import ReportSite

@Suite struct BadgeTests {
  @Test func svgBadgeCarriesTextTitleAndRoom() throws {
    let folder = try TemporaryFolder()
    try SiteFixture.build(try SiteFixture.report(), into: folder.output)
    let svg = try SiteFixture.text(folder.output, "2020/badges/1.svg")
    #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
    #expect(svg.contains("<title>第 1 项任务：已完成并长期坚持</title>"))
    #expect(svg.contains(">已完成·长期坚持</text>"))
    #expect(svg.contains(">任务 1</text>"))
    // Eight wide characters at 11px need at least 88px plus padding.
    let badge = SVGBadge(
      number: 1, badge: StatusBadge(StatusVocabulary.standard.definition(for: "已完成并长期坚持")!),
      color: "#000")
    #expect(badge.messageWidth >= 8 * 11 + 12)
    #expect(svg.contains("width=\"\(badge.width)\""))
  }

  @Test(arguments: StatusCategory.allCases)
  func htmlBadgeHasWordsAndAnIcon(category: StatusCategory) throws {
    let folder = try TemporaryFolder()
    try SiteFixture.build(try SiteFixture.report(), into: folder.output)
    let page = try SiteFixture.text(folder.output, "2020/status/\(category.rawValue).html")
    let badge = try #require(
      page.range(of: "<span class=\"badge badge-\(category.rawValue)\">").map {
        page[$0.lowerBound...].prefix { $0 != "\n" }
      })
    #expect(badge.contains("<svg class=\"badge-icon\""))
    #expect(badge.contains("<path") || badge.contains("<circle"))
    #expect(badge.contains("<span class=\"badge-text\">\(category.displayName)</span>"))
  }
}
