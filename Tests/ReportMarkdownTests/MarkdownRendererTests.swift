import Foundation
import Testing

@testable import ReportMarkdown

@Suite struct MarkdownRendererTests {
  let renderer = MarkdownRenderer()

  @Test func rendersTable() {
    let html = renderer.html(from: "| a | b |\n|---|:-:|\n| 1 | 2 |\n")
    #expect(html.contains("<table>"))
    #expect(html.contains("<th>a</th>"))
    #expect(html.contains("<td class=\"align-center\">2</td>"))
    #expect(html.hasSuffix("</table>\n"))
  }

  /// The byte search that decides whether a table's `align` is rewritten answers as
  /// Foundation's `contains` did.
  @Test(arguments: [
    "", " align", " align=\"", "x align=\"left\"", "<td align=\"center\">", " align= \"",
    "  align=\"", "align=\"", "表格 align=\"right\" 末", "<p>&quot;align=&quot;</p>", "a align",
  ])
  func findsAlignAttribute(html: String) {
    #expect(CmarkGFM.hasAlignAttribute(html) == html.contains(" align=\""))
  }

  @Test func rendersEmphasis() {
    #expect(renderer.html(from: "**x**") == "<p><strong>x</strong></p>\n")
    #expect(renderer.html(from: "*x*") == "<p><em>x</em></p>\n")
  }

  @Test func rendersStrikethrough() {
    #expect(renderer.html(from: "~~x~~") == "<p><del>x</del></p>\n")
  }

  @Test func autolinksBareURLs() {
    let html = renderer.html(from: "See https://example.com today.")
    #expect(html.contains("<a href=\"https://example.com\">https://example.com</a>"))
  }

  @Test func rendersTaskList() {
    let html = renderer.html(from: "- [x] done\n- [ ] todo\n")
    #expect(html.contains("<input type=\"checkbox\" checked=\"\" disabled=\"\" /> done"))
    #expect(html.contains("<input type=\"checkbox\" disabled=\"\" /> todo"))
    #expect(!html.contains("[x]"))
  }

  @Test func neverPassesRawHTMLOrScriptLinks() {
    let narrative = """
      # Findings

      The team noted <script>alert(1)</script> in a comment.

      <img src=x onerror=alert(1)>

      Inline <img src=x onerror=alert(1)> image and <iframe src=//evil> frame.

      <iframe src=//evil>

      <script>
      alert(2)
      </script>

      Click [x](javascript:alert(1)), [y](JaVaScRiPt:alert(1)), <javascript:alert(1)>,
      [v](vbscript:msgbox(1)), [f](file:///etc/passwd) or [d](data:text/html,hi).
      """
    let html = renderer.html(from: narrative)
    for forbidden in [
      "<script", "<img", "<iframe", "onerror", "javascript:alert(1))", "href=\"javascript:",
      "href=\"vbscript:", "href=\"file:", "href=\"data:", "src=\"javascript:",
    ] {
      #expect(!html.lowercased().contains(forbidden.lowercased()), "found \(forbidden) in \(html)")
    }
    #expect(!html.contains("raw HTML omitted"))
    #expect(html.contains("<p>The team noted alert(1) in a comment.</p>"))
    #expect(html.contains("<a href=\"\">x</a>"))
  }

  @Test func markdownImagesWithScriptURLsLoseTheirSource() {
    let html = renderer.html(from: "![i](javascript:alert(1)) ![t](a.png \"x\\\" onerror=\\\"y\")")
    #expect(
      html == "<p><img src=\"\" alt=\"i\" /> "
        + "<img src=\"a.png\" alt=\"t\" title=\"x&quot; onerror=&quot;y\" /></p>\n"
    )
  }

  @Test func narrativeFromBriefHasNoActiveContent() {
    let html = renderer.html(
      from: "Hi <script>alert(1)</script> <img src=x onerror=alert(1)> <iframe src=//evil> "
        + "[x](javascript:alert(1))"
    )
    for forbidden in ["<script", "<img", "<iframe", "onerror", "javascript:"] {
      #expect(!html.contains(forbidden), "found \(forbidden) in \(html)")
    }
    #expect(html == "<p>Hi alert(1)   <a href=\"\">x</a></p>\n")
  }

  @Test func escapesHTMLWrittenAsCodeOrEntities() {
    #expect(renderer.html(from: "`<script>`") == "<p><code>&lt;script&gt;</code></p>\n")
    #expect(renderer.html(from: "&lt;script&gt;") == "<p>&lt;script&gt;</p>\n")
  }

  @Test func dropsParagraphThatWasOnlyRawHTML() {
    #expect(renderer.html(from: "<span></span>") == "")
    #expect(renderer.html(from: "<div>\nhi\n</div>\n\nText") == "<p>Text</p>\n")
  }

  @Test func chineseParagraphRoundTrips() {
    let text = "这是一个“中文”段落，包含‘引号’、标点和数字 2024。"
    #expect(renderer.html(from: text) == "<p>\(text)</p>\n")
  }

  @Test func noSmartPunctuationByDefault() {
    #expect(renderer.html(from: "他说 \"好\" -- ...") == "<p>他说 &quot;好&quot; -- ...</p>\n")
    let smart = MarkdownRenderer(options: .smartPunctuation)
    #expect(smart.html(from: "\"a\" -- ...") == "<p>“a” – …</p>\n")
  }

  @Test func softBreaksStayNewlinesUnlessHardBreaks() {
    #expect(renderer.html(from: "a\nb") == "<p>a\nb</p>\n")
    let hard = MarkdownRenderer(options: .hardBreaks)
    #expect(hard.html(from: "a\nb") == "<p>a<br />\nb</p>\n")
  }

  @Test func emptyInputGivesEmptyOutput() {
    #expect(renderer.html(from: "") == "")
  }

  @Test func optionsNeverEnableUnsafe() {
    let all: MarkdownOptions = [.smartPunctuation, .hardBreaks]
    #expect(CmarkGFM.cmarkFlags(for: all) & (1 << 17) == 0)
  }

  /// cmark-gfm toggles a global table of special characters during every parse;
  /// without serialisation concurrent renders intermittently lose `~~`, `|` and
  /// autolinks. 200 concurrent renders must all match the sequential result.
  @Test func concurrentRendersAreIdentical() async {
    let source = """
      a ~~x~~ b www.example.com ~~y~~ z **bold** https://example.com/a?b=1

      | a | b |
      |---|---|
      | ~~1~~ | 2 |

      - [x] done <b>raw</b>
      """
    let expected = renderer.html(from: source)
    #expect(expected.contains("<del>x</del>"))
    let results = await withTaskGroup(of: String.self, returning: [String].self) { group in
      for index in 0..<200 {
        group.addTask {
          let options: MarkdownOptions = index.isMultiple(of: 2) ? [] : [.hardBreaks]
          _ = MarkdownRenderer(options: options).html(from: "~~warm~~ | up \(index)")
          return MarkdownRenderer().html(from: source)
        }
      }
      return await group.reduce(into: []) { $0.append($1) }
    }
    #expect(results.count == 200)
    #expect(results.allSatisfy { $0 == expected })
  }

  @Test func concurrentRendersFromOSThreadsAreIdentical() {
    let source = "~~s~~ | www.example.com **b**\n\n| h |\n|---|\n| ~~c~~ |\n"
    let expected = renderer.html(from: source)
    let mismatches = Mismatches()
    DispatchQueue.concurrentPerform(iterations: 8) { _ in
      for _ in 0..<500 where MarkdownRenderer().html(from: source) != expected {
        mismatches.increment()
      }
    }
    #expect(mismatches.count == 0)
  }
}

/// A thread-safe counter for the OS-thread concurrency test.
private final class Mismatches: @unchecked Sendable {
  private let lock = NSLock()
  private var value = 0

  var count: Int { lock.withLock { value } }

  func increment() { lock.withLock { value += 1 } }
}

@Suite struct MarkdownForPages {
  @Test func tableAlignmentIsAClass() {
    let html = MarkdownRenderer().html(
      from: "| 项目 | 数量 | 说明 |\n| :--- | ---: | :---: |\n| 企业 | 5 | \"align=\" |\n")
    #expect(!html.contains(" align="))
    #expect(html.contains("<th class=\"align-left\">项目</th>"))
    #expect(html.contains("<td class=\"align-right\">5</td>"))
    #expect(html.contains("<td class=\"align-center\">&quot;align=&quot;</td>"))
  }

  @Test func headingsGoBelowThePagesOwn() {
    let renderer = MarkdownRenderer(headingOffset: 2)
    #expect(
      renderer.html(from: "# 一级\n\n## 二级\n\n##### 五级\n")
        == "<h3>一级</h3>\n<h4>二级</h4>\n<h6>五级</h6>\n")
    #expect(MarkdownRenderer().html(from: "# 一级\n") == "<h1>一级</h1>\n")
  }

  @Test func rawHTMLIsFoundWhereItIs() {
    let markdown = "第一段。\n\n第二段<b>加粗</b>。\n\n<div>\n块\n</div>\n"
    #expect(
      MarkdownRenderer().rawHTML(in: markdown) == [
        MarkdownPosition(line: 3, column: 4), MarkdownPosition(line: 3, column: 9),
        MarkdownPosition(line: 5, column: 1),
      ])
    #expect(MarkdownRenderer().rawHTML(in: "没有 HTML，a < b。\n").isEmpty)
  }
}
