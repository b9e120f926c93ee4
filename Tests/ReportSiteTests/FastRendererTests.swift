import Foundation
import Mustache
import Testing

@testable import ReportSite

/// The fast renderer gives swift-mustache's bytes, and its key check finds what the reference
/// renderer's guard finds, before any page renders.
@Suite struct FastRendererTests {
  @Test func everyPageMatchesTheReferenceRenderer() throws {
    let report = try SiteFixture.report(baseURL: "https://example.gov.cn/report/")
    let context = try SiteContext(report: report, renderer: .init())
    let jobs = context.factories().flatMap { $0.jobs() }
    let library = try TemplateLibrary(
      directory: SiteFixture.templates, required: SiteBuilder.requiredTemplates)
    let plan = try library.plan(for: jobs)
    #expect(plan.layouts.values.allSatisfy { $0 != nil }, "every page should render fast")
    var buffer: [UInt8] = []
    for job in jobs {
      try library.render(job.model, template: job.template, plan: plan, into: &buffer)
      let reference = try library.render(job.model, template: job.template)
      #expect(buffer == Array(reference.utf8), "\(job.path) differs")
    }
  }

  struct Row: Sendable {
    let name: String
    let note: String?
    let flag: Bool
    let count: Int
    let share: Double
  }

  struct Page: Sendable {
    let title: String
    let note: String
    let rows: [Row]
    let empty: [Row]
    let words: [String]
    /// Optionals of a type the renderer knows nothing of, and of a number.
    let first: Row?
    let missing: Row?
    let maybe: Int?
  }

  /// Mustache corners: nil stops the lookup (no fall-through to `note` of the page), standalone
  /// partials indent, inverted sections, escaping, `.` and numbers.
  @Test func cornersMatchTheReferenceRenderer() throws {
    let folder = try TemporaryFolder()
    let files = [
      "page": "<h1>{{title}}</h1>\n<ul>\n  {{#rows}}\n  {{>row}}\n  {{/rows}}\n</ul>\n"
        + "{{^empty}}<p>none</p>{{/empty}}\n{{#words}}[{{.}}]{{/words}}\n"
        + "{{#first}}first={{name}}{{/first}}{{#missing}}never{{/missing}}"
        + "{{^missing}}no-missing{{/missing}} {{maybe}}{{^maybe}}no-maybe{{/maybe}}\n",
      "row": "<li>{{name}}\n{{#note}}<em>{{note}}</em>{{/note}}{{^note}}-{{/note}}\n"
        + "{{#flag}}yes{{/flag}} {{count}} {{share}} {{{name}}}</li>\n",
    ]
    for (name, text) in files {
      try text.write(
        to: folder.url.appendingPathComponent(name + ".mustache"), atomically: true,
        encoding: .utf8)
    }
    let library = try TemplateLibrary(directory: folder.url, required: [])
    let page = Page(
      title: "A & B <c>", note: "page note",
      rows: [
        Row(name: "x \"y\" 'z'", note: nil, flag: true, count: 12_345, share: 0.5),
        Row(name: "中文", note: "n", flag: false, count: -3, share: 2),
      ],
      empty: [], words: ["a<", "b"],
      first: Row(name: "f", note: nil, flag: false, count: 1, share: 1), missing: nil, maybe: nil)
    let job = RenderJob(path: "p.html", template: "page", model: page)
    let plan = try library.plan(for: [job])
    #expect(plan.layouts.values.allSatisfy { $0 != nil })
    var buffer: [UInt8] = []
    try library.render(page, template: "page", plan: plan, into: &buffer)
    let reference = try library.render(page, template: "page")
    #expect(String(decoding: buffer, as: UTF8.self) == reference)
  }

  @Test func unknownKeyInASectionThatDoesNotRenderStillFails() throws {
    let folder = try TemporaryFolder()
    try "{{#rows}}{{nmae}}{{/rows}}".write(
      to: folder.url.appendingPathComponent("page.mustache"), atomically: true, encoding: .utf8)
    let library = try TemplateLibrary(directory: folder.url, required: [])
    let page = Page(
      title: "", note: "", rows: [], empty: [], words: [], first: nil, missing: nil, maybe: 7)
    #expect(
      throws: SiteBuildError.unknownKey(
        template: "page", path: folder.url.relativePath + "/page.mustache", line: 1,
        key: "nmae", model: "Page")
    ) {
      _ = try library.plan(for: [RenderJob(path: "p.html", template: "page", model: page)])
    }
  }

  @Test func progressLineOnlyForLongBuilds() {
    let lines = LockedLines()
    let quick = BuildProgressLine(isTerminal: false, write: lines.append)
    quick.update(done: 10, total: 10)
    quick.finish()
    #expect(lines.all.isEmpty)
    #expect(BuildProgressLine.text(done: 6000, total: 20_308) == "rendering 6,000/20,308 files…")
    #expect(BuildProgressLine.grouped(1_234_567) == "1,234,567")
  }
}

private final class LockedLines: @unchecked Sendable {
  private let lock = NSLock()
  private var lines: [String] = []
  var all: [String] { lock.withLock { lines } }
  func append(_ line: String) { lock.withLock { lines.append(line) } }
}

@Suite struct TemplateEscapingTests {
  /// The escaping that skips eight bytes at a time agrees with escaping character by character,
  /// wherever in the text the characters to escape fall.
  @Test func escapingMatchesCharacterByCharacter() {
    let pieces = [
      "推进中", "a", "&", "<", ">", "\"", "'", "1", " ", "，", "é", "@", "?", "~", "#", "%", "=", "!",
      "(", "/", ".", ";", "\u{7F}", "\u{0}",
    ]
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<2000 {
      let length = Int.random(in: 0...40, using: &generator)
      let text = (0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined()
      var output: [UInt8] = []
      TemplateRenderer.appendEscaped(text, to: &output)
      var expected = ""
      for character in text {
        switch character {
        case "&": expected += "&amp;"
        case "<": expected += "&lt;"
        case ">": expected += "&gt;"
        case "\"": expected += "&quot;"
        case "'": expected += "&#39;"
        default: expected.append(character)
        }
      }
      #expect(String(decoding: output, as: UTF8.self) == expected, "\(text)")
    }
  }
}
