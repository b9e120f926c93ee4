import Mustache
import SiteTemplates
import Testing

/// SiteTemplates against swift-mustache, the oracle: random templates over random view models
/// render to the same bytes, except for the differences listed in ``knownDifferences``.
@Suite struct DifferentialTests {
  struct Item: TemplateModel {
    var name: String
    var count: Int
    var flag: Bool
    var tags: [String]
    var note: String?

    static let templateFields: TemplateFields<Self> = [
      .text("name", \.name), .int("count", \.count), .bool("flag", \.flag),
      .section("tags", \.tags), .text("note", \.note),
    ]

    var object: [String: Any] {
      var object: [String: Any] = ["name": name, "count": count, "flag": flag, "tags": tags]
      if let note { object["note"] = note }
      return object
    }
  }

  struct Page: TemplateModel {
    var title: String
    var body: String
    var number: Int
    var on: Bool
    var off: Bool
    var items: [Item]
    var empty: [Item]
    var first: Item?
    var missing: Item?
    var words: [String]
    var subtitle: String?

    static let templateFields: TemplateFields<Self> = [
      .text("title", \.title), .html("body", \.body), .int("number", \.number),
      .bool("on", \.on), .bool("off", \.off), .section("items", \.items),
      .section("empty", \.empty), .optional("first", \.first), .optional("missing", \.missing),
      .section("words", \.words), .text("subtitle", \.subtitle),
    ]

    /// The same data as swift-mustache reads it; `nil` is a missing key.
    var object: [String: Any] {
      var object: [String: Any] = [
        "title": title, "body": body, "number": number, "on": on, "off": off,
        "items": items.map(\.object), "empty": [[String: Any]](), "words": words,
      ]
      if let first { object["first"] = first.object }
      if let subtitle { object["subtitle"] = subtitle }
      return object
    }
  }

  /// A small deterministic generator (SplitMix64), so that a failure can be replayed.
  struct Random {
    var state: UInt64

    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }

    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
  }

  static let texts = ["a", " ", "\n", "  ", "<b>", "x\n  ", "中文", "&", "\t", "y\n"]
  static let values = ["", "plain", "a & b", "<i>\"q\"</i>", "it's", "中文 · 第 1 项", "x\ny"]

  static func text(_ random: inout Random) -> String {
    (0..<random.below(3)).map { _ in random.pick(values) }.joined(separator: " ")
  }

  static func item(_ random: inout Random) -> Item {
    Item(
      name: text(&random), count: random.below(2000) - 50, flag: random.chance(50),
      tags: (0..<random.below(4)).map { _ in text(&random) },
      note: random.chance(50) ? text(&random) : nil)
  }

  static func page(_ random: inout Random) -> Page {
    Page(
      title: text(&random), body: random.pick(["<p>x</p>", "<em>&amp;</em>\n<br>", ""]),
      number: random.below(100_000), on: true, off: false,
      items: (0..<random.below(4)).map { _ in item(&random) }, empty: [],
      first: random.chance(60) ? item(&random) : nil, missing: nil,
      words: (0..<random.below(4)).map { _ in text(&random) },
      subtitle: random.chance(50) ? text(&random) : nil)
  }

  /// A random template body for a scope of `Page` (and of `Item` inside item sections).
  static func body(_ random: inout Random, depth: Int, inItem: Bool, partials: Bool) -> String {
    var out = ""
    for _ in 0..<(1 + random.below(5)) {
      let standalone = random.chance(30)
      let lead = standalone ? "\n" + random.pick(["", "  ", "\t"]) : ""
      let tail = standalone ? "\n" : ""
      switch random.below(depth > 2 ? 5 : 10) {
      case 0, 1:
        out += random.pick(texts)
      case 2:
        var keys = ["title", "number", "subtitle", "on", "first.name", "missing.name"]
        if inItem { keys += ["name", "count", "note", "flag"] }
        out += "{{" + random.pick(keys) + "}}"
      case 3:
        out += random.pick(["{{{body}}}", "{{&body}}", "{{ title }}"])
      case 4:
        out += lead + "{{! note }}" + tail
      case 5:
        let key = random.pick(["on", "off", "first", "missing", "subtitle"])
        let inner = body(
          &random, depth: depth + 1, inItem: inItem || key == "first", partials: partials)
        out += lead + "{{#" + key + "}}" + tail + inner + lead + "{{/" + key + "}}" + tail
      case 6:
        let key = random.pick(["items", "empty"])
        let inner = body(&random, depth: depth + 1, inItem: true, partials: partials)
        out += lead + "{{#" + key + "}}" + tail + inner + lead + "{{/" + key + "}}" + tail
      case 7:
        if inItem {
          out += "{{#tags}}[{{.}}]{{/tags}}"
        } else {
          out += "{{#words}}" + lead + "({{.}})" + tail + "{{/words}}"
        }
      case 8:
        let key = random.pick(["on", "off", "items", "empty", "first", "missing", "subtitle"])
        let inner = body(&random, depth: depth + 1, inItem: inItem, partials: partials)
        out += lead + "{{^" + key + "}}" + tail + inner + lead + "{{/" + key + "}}" + tail
      default:
        guard partials else { continue }
        out += lead + (inItem ? "{{>row}}" : "{{>head}}") + tail
      }
    }
    return out
  }

  static func templates(_ random: inout Random) -> [String: String] {
    var templates = [
      "head": body(&random, depth: 1, inItem: false, partials: false),
      "row": body(&random, depth: 1, inItem: true, partials: false),
    ]
    let main = body(&random, depth: 0, inItem: false, partials: true)
    if random.chance(30) {
      templates["layout"] =
        "<html>\n" + random.pick(["", "  "]) + "{{$main}}default {{title}}{{/main}}\n</html>\n"
      let block = random.chance(80) ? "{{$main}}" + main + "{{/main}}" : ""
      templates["page"] = "{{<layout}}" + random.pick(["", "\n"]) + block + "{{/layout}}\n"
    } else {
      templates["page"] = main
    }
    return templates
  }

  static func oracle(_ templates: [String: String], _ page: Page) throws -> String? {
    var library = MustacheLibrary()
    for (name, text) in templates {
      library.register(try MustacheTemplate(string: text), named: name)
    }
    return library.render(page.object, withTemplate: "page")
  }

  @Test func randomTemplatesRenderAsTheOracleDoes() throws {
    var random = Random(state: 20_261_129)
    var compared = 0
    for round in 0..<400 {
      let templates = Self.templates(&random)
      let page = Self.page(&random)
      let ours = try TemplateSet(templates: templates).compile("page", for: Page.self)
        .render(page)
      let theirs = try Self.oracle(templates, page)
      #expect(ours == theirs, "round \(round): \(templates)\n\(page)")
      compared += 1
    }
    #expect(compared == 400)
  }

  /// The differences from swift-mustache, each on purpose; any other difference fails above.
  @Test func knownDifferences() throws {
    struct Model: TemplateModel {
      let quote = "\"\u{301}"
      let empty = ""
      let zero = 0
      static let templateFields: TemplateFields<Self> = [
        .text("quote", \.quote), .text("empty", \.empty), .int("zero", \.zero),
      ]
    }
    let cases: [(name: String, template: String, ours: String)] = [
      // Escaping is by bytes: a quote followed by a combining mark is escaped.
      ("combining mark after a quote", "<a title=\"{{quote}}\">", "<a title=\"&quot;\u{301}\">")
    ]
    let object: [String: Any] = ["quote": "\"\u{301}", "empty": "", "zero": 0]
    for (name, template, expected) in cases {
      let ours = try TemplateSet(templates: ["page": template]).compile("page", for: Model.self)
        .render(Model())
      var library = MustacheLibrary()
      library.register(try MustacheTemplate(string: template), named: "page")
      let theirs = library.render(object, withTemplate: "page")
      #expect(ours == expected, "\(name)")
      #expect(theirs != ours, "\(name) is no longer a difference")
    }
  }

  /// The escaper skips eight bytes at a time; it agrees with escaping character by character
  /// wherever the characters to escape fall.
  @Test func escapingMatchesCharacterByCharacter() {
    let pieces = [
      "推进中", "a", "&", "<", ">", "\"", "'", "1", " ", "，", "é", "@", "?", "~", "#", "%", "=", "!",
      "(", "/", ".", ";", "\u{7F}", "\u{0}",
    ]
    var random = Random(state: 7)
    for _ in 0..<2000 {
      let text = (0..<random.below(41)).map { _ in random.pick(pieces) }.joined()
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
      #expect(HTMLEscaping.escaped(text) == expected, "\(text)")
    }
  }
}
