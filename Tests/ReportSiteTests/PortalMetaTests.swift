import Foundation
import Testing

@testable import ReportSite

/// Titles and descriptions with the page's own words; the government portal meta tags
/// (政府网站发展指引) on every kind of page; Open Graph; domain, URL and image only with a
/// base URL.
@Suite struct PortalMetaTests {
  static let pages = [
    "2020/index.html", "2020/tasks/index.html", "2020/tasks/17.html", "2020/sections/2.html",
    "2020/units/index.html",
    "units/qu-tou-cu-ju.html", "2020/status/index.html", "2020/status/done.html",
    "2020/rounds/index.html",
    "2020/changes/index.html", "404.html",
  ]

  /// The content of `<meta name="…">` or `<meta property="…">` (HTML entities left as written).
  static func meta(_ name: String, in html: String) -> String? {
    for attribute in ["name", "property"] {
      let marker = "<meta \(attribute)=\"\(name)\" content=\""
      guard let range = html.range(of: marker) else { continue }
      guard let end = html[range.upperBound...].firstIndex(of: "\"") else { return nil }
      return String(html[range.upperBound..<end])
    }
    return nil
  }

  @Test func everyPageKindHasThePortalTags() throws {
    let folder = try TemporaryFolder()
    try SiteFixture.build(try SiteFixture.report(), into: folder.output)
    for path in Self.pages {
      let html = try SiteFixture.text(folder.output, path)
      for name in [
        "Description", "Keywords", "SiteName", "ColumnName", "ColumnType", "PubDate",
        "ContentSource", "og:title", "og:description", "og:type",
      ] {
        #expect(Self.meta(name, in: html)?.isEmpty == false, "\(name) on \(path)")
      }
      // Without a base URL nothing absolute is claimed.
      for name in ["SiteDomain", "og:url", "og:image"] {
        #expect(Self.meta(name, in: html) == nil, "\(name) on \(path)")
      }
      #expect(Self.meta("ContentSource", in: html) == "青云谱区人民政府", "\(path)")
    }
    let task = try SiteFixture.text(folder.output, "2020/tasks/17.html")
    #expect(task.contains("<title>第 17 项：推进生物食品安全检测总部项目建设"))
    #expect(Self.meta("ArticleTitle", in: task)?.hasPrefix("第 17 项：推进生物食品安全检测总部项目建设") == true)
    #expect(Self.meta("Description", in: task)?.contains("责任单位：区投促局") == true)
    #expect(Self.meta("Keywords", in: task)?.hasPrefix("区投促局，已完成") == true)
    #expect(Self.meta("og:type", in: task) == "article")
    #expect(
      Self.meta("ColumnName", in: task)
        == Self.meta("ColumnName", in: try SiteFixture.text(folder.output, "2020/sections/2.html")))
    #expect(
      Self.meta("ArticleTitle", in: try SiteFixture.text(folder.output, "2020/index.html")) == nil)
  }

  @Test func baseURLAddsDomainURLAndImage() throws {
    let folder = try TemporaryFolder()
    try SiteFixture.build(
      try SiteFixture.report(baseURL: "https://www.example.gov.cn/gzbg/"), into: folder.output)
    let html = try SiteFixture.text(folder.output, "2020/tasks/17.html")
    #expect(Self.meta("SiteDomain", in: html) == "www.example.gov.cn")
    #expect(Self.meta("og:url", in: html) == "https://www.example.gov.cn/gzbg/2020/tasks/17.html")
    #expect(Self.meta("og:image", in: html) == "https://www.example.gov.cn/gzbg/assets/share.png")
    #expect(FileManager.default.fileExists(atPath: folder.output.path + "/assets/share.png"))
  }
}
