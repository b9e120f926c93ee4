import SiteTemplates
import Testing

/// The specification's section and inverted-section cases (sections.yml, inverted.yml), with
/// the spec's data as typed view models.
@Suite struct SectionsSpecTests {
  @Test(arguments: [
    (
      "Truthy", "\"{{#boolean}}This should be rendered.{{/boolean}}\"", Flags(boolean: true),
      "\"This should be rendered.\""
    ),
    ("Falsey", "\"{{#boolean}}This should not be rendered.{{/boolean}}\"", Flags(), "\"\""),
    (
      "Doubled", "{{#bool}}\n* first\n{{/bool}}\n* {{two}}\n{{#bool}}\n* third\n{{/bool}}\n",
      Flags(bool: true, two: "second"), "* first\n* second\n* third\n"
    ),
    (
      "Nested (Truthy)", "| A {{#bool}}B {{#bool}}C{{/bool}} D{{/bool}} E |", Flags(bool: true),
      "| A B C D E |"
    ),
    ("Nested (Falsey)", "| A {{#bool}}B {{#bool}}C{{/bool}} D{{/bool}} E |", Flags(), "| A  E |"),
    (
      "Surrounding Whitespace", " | {{#boolean}}\t|\t{{/boolean}} | \n", Flags(boolean: true),
      " | \t|\t | \n"
    ),
    (
      "Internal Whitespace", " | {{#boolean}} {{! Important Whitespace }}\n {{/boolean}} | \n",
      Flags(boolean: true), " |  \n  | \n"
    ),
    (
      "Indented Inline Sections", " {{#boolean}}YES{{/boolean}}\n {{#boolean}}GOOD{{/boolean}}\n",
      Flags(boolean: true), " YES\n GOOD\n"
    ),
    (
      "Standalone Lines", "| This Is\n{{#boolean}}\n|\n{{/boolean}}\n| A Line\n",
      Flags(boolean: true), "| This Is\n|\n| A Line\n"
    ),
    (
      "Indented Standalone Lines", "| This Is\n  {{#boolean}}\n|\n  {{/boolean}}\n| A Line\n",
      Flags(boolean: true), "| This Is\n|\n| A Line\n"
    ),
    (
      "Standalone Line Endings", "|\r\n{{#boolean}}\r\n{{/boolean}}\r\n|", Flags(boolean: true),
      "|\r\n|"
    ),
    (
      "Standalone Without Previous Line", "  {{#boolean}}\n#{{/boolean}}\n/", Flags(boolean: true),
      "#\n/"
    ),
    (
      "Standalone Without Newline", "#{{#boolean}}\n/\n  {{/boolean}}", Flags(boolean: true),
      "#\n/\n"
    ),
    ("Padding", "|{{# boolean }}={{/ boolean }}|", Flags(boolean: true), "|=|"),
  ])
  func sections(name: String, template: String, data: Flags, expected: String) throws {
    #expect(try Spec.render(template, data) == expected, "\(name)")
  }

  @Test(arguments: [
    (
      "Falsey", "\"{{^boolean}}This should be rendered.{{/boolean}}\"", Flags(),
      "\"This should be rendered.\""
    ),
    (
      "Truthy", "\"{{^boolean}}This should not be rendered.{{/boolean}}\"", Flags(boolean: true),
      "\"\""
    ),
    (
      "Doubled", "{{^t}}\n* first\n{{/t}}\n* {{two}}\n{{^t}}\n* third\n{{/t}}\n",
      Flags(two: "second"), "* first\n* second\n* third\n"
    ),
    ("Nested (Falsey)", "| A {{^t}}B {{^t}}C{{/t}} D{{/t}} E |", Flags(), "| A B C D E |"),
    ("Nested (Truthy)", "| A {{^t}}B {{^t}}C{{/t}} D{{/t}} E |", Flags(t: true), "| A  E |"),
    ("Surrounding Whitespace", " | {{^boolean}}\t|\t{{/boolean}} | \n", Flags(), " | \t|\t | \n"),
    (
      "Internal Whitespace", " | {{^boolean}} {{! Important Whitespace }}\n {{/boolean}} | \n",
      Flags(), " |  \n  | \n"
    ),
    (
      "Standalone Lines", "| This Is\n{{^boolean}}\n|\n{{/boolean}}\n| A Line\n", Flags(),
      "| This Is\n|\n| A Line\n"
    ),
    (
      "Standalone Indented Lines", "| This Is\n  {{^boolean}}\n|\n  {{/boolean}}\n| A Line\n",
      Flags(), "| This Is\n|\n| A Line\n"
    ),
    ("Padding", "|{{^ boolean }}={{/ boolean }}|", Flags(), "|=|"),
  ])
  func inverted(name: String, template: String, data: Flags, expected: String) throws {
    #expect(try Spec.render(template, data) == expected, "inverted \(name)")
  }

  struct Values: TemplateModel {
    var null: Person? = nil
    var context: Person? = Person(name: "Joe")
    var foo = "bar"
    var section = "123"
    var string = "rendered"
    var items: [Item] = [Item(item: 1), Item(item: 2), Item(item: 3)]
    var empty: [Item] = []
    var strings = ["a", "b", "c", "d", "e"]
    var ints = [1, 2, 3, 4, 5]
    var decimals = [1.10, 2.20, 3.30, 4.40, 5.50]
    var arrays = [["1", "2", "3"], ["a", "b", "c"]]
    /// Named inside `{{^context}}`, which pushes nothing.
    var name: String? = nil
    var n: Int? = nil

    static let templateFields: TemplateFields<Self> = [
      .optional("null", \.null), .optional("context", \.context), .text("foo", \.foo),
      .text("section", \.section), .text("string", \.string), .section("list", \.items),
      .section("empty", \.empty), .section("strings", \.strings), .section("ints", \.ints),
      .section("decimals", \.decimals), .section("arrays", \.arrays), .text("name", \.name),
      .int("n", \.n),
    ]
  }

  struct Item: TemplateModel {
    let item: Int
    static let templateFields: TemplateFields<Self> = [.int("item", \.item)]
  }

  @Test func values() throws {
    let values = Values()
    let cases: [(String, String, String)] = [
      ("Null is falsey", "\"{{#null}}This should not be rendered.{{/null}}\"", "\"\""),
      ("Context", "\"{{#context}}Hi {{name}}.{{/context}}\"", "\"Hi Joe.\""),
      ("Variable test", "\"{{#foo}}{{.}} is {{foo}}{{/foo}}\"", "\"bar is bar\""),
      ("List", "\"{{#list}}{{item}}{{/list}}\"", "\"123\""),
      ("Empty List", "\"{{#empty}}Yay lists!{{/empty}}\"", "\"\""),
      ("Strings Not Lists", "\"{{#section}}foo{{/section}}\"", "\"foo\""),
      (
        "Implicit Iterator - String", "\"{{#strings}}({{.}}){{/strings}}\"",
        "\"(a)(b)(c)(d)(e)\""
      ),
      ("Implicit Iterator - Integer", "\"{{#ints}}({{.}}){{/ints}}\"", "\"(1)(2)(3)(4)(5)\""),
      (
        "Implicit Iterator - Decimal", "\"{{#decimals}}({{.}}){{/decimals}}\"",
        "\"(1.1)(2.2)(3.3)(4.4)(5.5)\""
      ),
      (
        "Implicit Iterator - Array", "\"{{#arrays}}({{#.}}{{.}}{{/.}}){{/arrays}}\"",
        "\"(123)(abc)\""
      ),
      // Inverted sections.
      ("Null", "\"{{^null}}This should be rendered.{{/null}}\"", "\"This should be rendered.\""),
      ("Truthy - Strings", "\"{{^string}}This should not be {{string}}.{{/string}}\"", "\"\""),
      ("Context (inverted)", "\"{{^context}}Hi {{name}}.{{/context}}\"", "\"\""),
      ("List (inverted)", "\"{{^list}}{{n}}{{/list}}\"", "\"\""),
      ("Empty List (inverted)", "\"{{^empty}}Yay lists!{{/empty}}\"", "\"Yay lists!\""),
    ]
    for (name, template, expected) in cases {
      #expect(try Spec.render(template, values) == expected, "\(name)")
    }
  }

  struct Parents: TemplateModel {
    struct Sec: TemplateModel {
      let b = "bar"
      static let templateFields: TemplateFields<Self> = [.text("b", \.b)]
    }
    struct D: TemplateModel {
      let d = "baz"
      static let templateFields: TemplateFields<Self> = [.text("d", \.d)]
    }
    let a = "foo"
    let b = "wrong"
    let sec = Sec()
    let c = D()
    static let templateFields: TemplateFields<Self> = [
      .text("a", \.a), .text("b", \.b), .model("sec", \.sec), .model("c", \.c),
    ]
  }

  @Test func parentContexts() throws {
    #expect(
      try Spec.render("\"{{#sec}}{{a}}, {{b}}, {{c.d}}{{/sec}}\"", Parents())
        == "\"foo, bar, baz\"")
  }

  struct Tops: TemplateModel {
    struct Top: TemplateModel {
      let tname: Name
      let middles: [Middle]
      static let templateFields: TemplateFields<Self> = [
        .model("tname", \.tname), .section("middles", \.middles),
      ]
    }
    struct Name: TemplateModel {
      let upper: String
      let lower: String
      static let templateFields: TemplateFields<Self> = [
        .text("upper", \.upper), .text("lower", \.lower),
      ]
    }
    struct Middle: TemplateModel {
      let mname: String
      let bottoms: [Bottom]
      static let templateFields: TemplateFields<Self> = [
        .text("mname", \.mname), .section("bottoms", \.bottoms),
      ]
    }
    struct Bottom: TemplateModel {
      let bname: String
      static let templateFields: TemplateFields<Self> = [.text("bname", \.bname)]
    }
    let tops = [
      Top(
        tname: Name(upper: "A", lower: "a"),
        middles: [Middle(mname: "1", bottoms: [Bottom(bname: "x"), Bottom(bname: "y")])])
    ]
    static let templateFields: TemplateFields<Self> = [.section("tops", \.tops)]
  }

  @Test func listContexts() throws {
    #expect(
      try Spec.render(
        "{{#tops}}{{#middles}}{{tname.lower}}{{mname}}.{{#bottoms}}{{tname.upper}}{{mname}}"
          + "{{bname}}.{{/bottoms}}{{/middles}}{{/tops}}", Tops()) == "a1.A1x.A1y.")
  }

  struct Deep: TemplateModel {
    struct A: TemplateModel {
      let one = 1
      static let templateFields: TemplateFields<Self> = [.int("one", \.one)]
    }
    struct B: TemplateModel {
      let two = 2
      static let templateFields: TemplateFields<Self> = [.int("two", \.two)]
    }
    struct C: TemplateModel {
      let three = 3
      let d = D()
      static let templateFields: TemplateFields<Self> = [.int("three", \.three), .model("d", \.d)]
    }
    struct D: TemplateModel {
      let four = 4
      let five = 5
      static let templateFields: TemplateFields<Self> = [
        .int("four", \.four), .int("five", \.five),
      ]
    }
    let a = A()
    let b = B()
    let c = C()
    static let templateFields: TemplateFields<Self> = [
      .model("a", \.a), .model("b", \.b), .model("c", \.c),
    ]
  }

  @Test func deeplyNestedContexts() throws {
    let template = """
      {{#a}}
      {{one}}
      {{#b}}
      {{one}}{{two}}{{one}}
      {{#c}}
      {{one}}{{two}}{{three}}{{two}}{{one}}
      {{#d}}
      {{one}}{{two}}{{three}}{{four}}{{three}}{{two}}{{one}}
      {{#five}}
      {{one}}{{two}}{{three}}{{four}}{{five}}{{four}}{{three}}{{two}}{{one}}
      {{one}}{{two}}{{three}}{{four}}{{.}}6{{.}}{{four}}{{three}}{{two}}{{one}}
      {{one}}{{two}}{{three}}{{four}}{{five}}{{four}}{{three}}{{two}}{{one}}
      {{/five}}
      {{one}}{{two}}{{three}}{{four}}{{three}}{{two}}{{one}}
      {{/d}}
      {{one}}{{two}}{{three}}{{two}}{{one}}
      {{/c}}
      {{one}}{{two}}{{one}}
      {{/b}}
      {{one}}
      {{/a}}

      """
    let expected = """
      1
      121
      12321
      1234321
      123454321
      12345654321
      123454321
      1234321
      12321
      121
      1

      """
    #expect(try Spec.render(template, Deep()) == expected)
  }

  /// Dotted Names - Truthy, Falsey and Broken Chains.
  @Test func dottedNames() throws {
    struct Root: TemplateModel {
      let a: Chain
      static let templateFields: TemplateFields<Self> = [.model("a", \.a)]
    }
    let truthy = Root(a: Chain(b: Chain(c: Chain(flag: true))))
    let falsey = Root(a: Chain(b: Chain(c: Chain(flag: false))))
    #expect(
      try Spec.render("\"{{#a.b.c.flag}}Here{{/a.b.c.flag}}\" == \"Here\"", truthy)
        == "\"Here\" == \"Here\"")
    #expect(
      try Spec.render("\"{{#a.b.c.flag}}Here{{/a.b.c.flag}}\" == \"\"", falsey)
        == "\"\" == \"\"")
    #expect(
      try Spec.render("\"{{#a.b.c}}Here{{/a.b.c}}\" == \"\"", Root(a: Chain()))
        == "\"\" == \"\"")
  }

  /// Deliberate difference: Context Misses is a load-time error.
  @Test func contextMissIsAnError() throws {
    let error = try #require(
      Spec.error("[{{#missing}}Found key 'missing'!{{/missing}}]", for: Empty.self))
    #expect(error.reason == .unknownKey(key: "missing", model: "Empty"))
    #expect(error.position.column == 2)
  }
}
