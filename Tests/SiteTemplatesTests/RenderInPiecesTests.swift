import SiteTemplates
import Testing

/// A page rendered in pieces (``CompiledTemplate/render(_:into:drain:)``) is, piece after
/// piece, the page rendered whole: in lists at the top, under a parent's block, and in an
/// indented partial (where no piece is taken).
@Suite struct RenderInPiecesTests {
  struct Row: TemplateModel {
    let number: Int
    let text: String

    static let templateFields: TemplateFields<Self> = [
      .int("number", \.number), .text("text", \.text),
    ]
  }

  struct Group: TemplateModel {
    let name: String
    let rows: [Row]

    static let templateFields: TemplateFields<Self> = [
      .text("name", \.name), .section("rows", \.rows),
    ]
  }

  struct Page: TemplateModel {
    let title: String
    let groups: [Group]

    static let templateFields: TemplateFields<Self> = [
      .text("title", \.title), .section("groups", \.groups),
    ]
  }

  static let templates = [
    "layout": "<html>\n<main>\n{{$main}}{{/main}}\n</main>\n</html>\n",
    "page": [
      "{{<layout}}{{$main}}<h1>{{title}}</h1>", "{{#groups}}", "<section>{{name}}", "  {{>rows}}",
      "{{#rows}}<p>{{number}}. {{text}} &amp; more</p>", "{{/rows}}", "</section>", "{{/groups}}",
      "{{/main}}{{/layout}}",
    ].joined(separator: "\n"),
    "rows": "{{#rows}}\n<li>{{number}}</li>\n{{/rows}}\n",
  ]

  /// A page of about `rows` × 2 × 120 bytes, several megabytes for the larger counts.
  static func page(rows: Int) -> Page {
    let text = String(repeating: "中文 text <b> ", count: 6)
    return Page(
      title: "全文 & <all>",
      groups: (0..<3).map { group in
        Group(
          name: "g\(group)",
          rows: (0..<rows).map { Row(number: group * rows + $0, text: text) })
      })
  }

  @Test(arguments: [0, 1, 50, 4_000, 12_000])
  func piecesMakeTheWholePage(rows: Int) throws {
    let compiled = try TemplateSet(templates: Self.templates).compile("page", for: Page.self)
    let page = Self.page(rows: rows)
    var whole: [UInt8] = []
    compiled.render(page, into: &whole)
    var pieces: [[UInt8]] = []
    var rest: [UInt8] = [1, 2, 3]
    compiled.render(page, into: &rest) { bytes in
      pieces.append(bytes)
      bytes.removeAll(keepingCapacity: true)
    }
    #expect(pieces.joined() + rest == whole)
    // A page of several megabytes comes in several pieces of a megabyte or more.
    if whole.count > 3 << 20 {
      #expect(pieces.count >= 2)
      #expect(pieces.allSatisfy { $0.count >= 1 << 20 })
    } else if whole.count < 1 << 20 {
      #expect(pieces.isEmpty)
    }
  }
}
