import Foundation
import Testing

@testable import ReportSite

@Suite struct EscapingTests {
  static let hostileNarrative = """
    开头<script>alert('x')</script>文字。

    <img src=x onerror=alert(1)>

    <iframe src="https://evil.example/"></iframe>

    [点我](javascript:alert(1)) 与 **加粗** 和 *强调*。

    | 项目 | 数量 |
    | --- | --- |
    | 企业 | 5 |
    """

  @Test func hostileNarrativeIsInertWhileMarkdownRenders() throws {
    let folder = try TemporaryFolder()
    let report = try SiteFixture.report { round in
      round.tasks[0].narrative = Self.hostileNarrative
      round.tasks[0].text = "任务<script>alert(2)</script>\"引号\""
    }
    try SiteFixture.build(report, into: folder.output)
    let page = try SiteFixture.text(folder.output, "2020/tasks/1.html")
    let lower = try SiteFixture.withoutElderScript(page).lowercased()
    #expect(!lower.contains("<script"))
    #expect(!lower.contains("<iframe"))
    #expect(!lower.contains("<img"))
    #expect(!lower.contains("onerror"))
    #expect(!lower.contains("javascript:"))
    #expect(page.contains("<table>"))
    #expect(page.contains("<strong>加粗</strong>"))
    #expect(page.contains("<em>强调</em>"))
    #expect(page.contains("任务&lt;script&gt;alert(2)&lt;/script&gt;&quot;引号&quot;"))

    // The same task on list pages and in the SVG badge title is escaped too.
    for path in ["2020/sections/1.html", "2020/tasks/index.html", "2020/status/done-ongoing.html"] {
      let list = try SiteFixture.text(folder.output, path)
      #expect(!list.contains("<script>alert(2)"), "\(path)")
      #expect(list.contains("任务&lt;script&gt;alert(2)"), "\(path)")
    }
  }

  /// The one inline script is the theme's own 长辈版 switch, the same on every page.
  @Test func noPageHasInlineScriptOrEventHandlers() throws {
    let folder = try TemporaryFolder()
    try SiteFixture.build(try SiteFixture.report(), into: folder.output)
    for (path, data) in try SiteFixture.tree(folder.output) where path.hasSuffix(".html") {
      let whole = try #require(String(data: data, encoding: .utf8))
      let html = try SiteFixture.withoutElderScript(whole)
      #expect(html.count < whole.count, "\(path) has no 长辈版 script")
      var rest = html[...]
      while let range = rest.range(of: "<script") {
        let tag = rest[range.lowerBound...].prefix { $0 != ">" }
        #expect(tag.contains(" src=\""), "inline script in \(path)")
        rest = rest[range.upperBound...]
      }
      #expect(html.range(of: #"\son[a-z]+="#, options: .regularExpression) == nil, "\(path)")
    }
  }
}
