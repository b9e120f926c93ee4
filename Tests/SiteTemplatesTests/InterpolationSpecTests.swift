import SiteTemplates
import Testing

/// The specification's interpolation cases (interpolation.yml), with the spec's data as typed
/// view models.
@Suite struct InterpolationSpecTests {
  @Test(arguments: [
    ("No Interpolation", "Hello from {Mustache}!\n", Text(), "Hello from {Mustache}!\n"),
    ("Basic Interpolation", "Hello, {{subject}}!\n", Text(subject: "world"), "Hello, world!\n"),
    (
      "No Re-interpolation", "{{template}}: {{planet}}",
      Text(template: "{{planet}}", planet: "Earth"), "{{planet}}: Earth"
    ),
    (
      "HTML Escaping", "These characters should be HTML escaped: {{forbidden}}\n",
      Text(forbidden: "& \" < >"),
      "These characters should be HTML escaped: &amp; &quot; &lt; &gt;\n"
    ),
    ("Basic Null Interpolation", "I ({{cannot}}) be seen!", Text(), "I () be seen!"),
    ("Interpolation - Surrounding Whitespace", "| {{string}} |", Text(string: "---"), "| --- |"),
    ("Interpolation - Standalone", "  {{string}}\n", Text(string: "---"), "  ---\n"),
    ("Interpolation With Padding", "|{{ string }}|", Text(string: "---"), "|---|"),
  ])
  func text(name: String, template: String, data: Text, expected: String) throws {
    #expect(try Spec.render(template, data) == expected, "\(name)")
  }

  @Test(arguments: [
    (
      "Triple Mustache", "These characters should not be HTML escaped: {{{forbidden}}}\n",
      "These characters should not be HTML escaped: & \" < >\n"
    ),
    (
      "Ampersand", "These characters should not be HTML escaped: {{&forbidden}}\n",
      "These characters should not be HTML escaped: & \" < >\n"
    ),
  ])
  func unescaped(name: String, template: String, expected: String) throws {
    #expect(try Spec.render(template, Markup(forbidden: "& \" < >")) == expected, "\(name)")
  }

  @Test(arguments: [
    ("Triple Mustache Null Interpolation", "I ({{{cannot}}}) be seen!"),
    ("Ampersand Null Interpolation", "I ({{&cannot}}) be seen!"),
  ])
  func unescapedNull(name: String, template: String) throws {
    #expect(try Spec.render(template, Markup()) == "I () be seen!", "\(name)")
  }

  @Test(arguments: [
    ("Triple Mustache - Surrounding Whitespace", "| {{{string}}} |", "| --- |"),
    ("Ampersand - Surrounding Whitespace", "| {{&string}} |", "| --- |"),
    ("Triple Mustache - Standalone", "  {{{string}}}\n", "  ---\n"),
    ("Ampersand - Standalone", "  {{&string}}\n", "  ---\n"),
    ("Triple Mustache With Padding", "|{{{ string }}}|", "|---|"),
    ("Ampersand With Padding", "|{{& string }}|", "|---|"),
  ])
  func unescapedWhitespace(name: String, template: String, expected: String) throws {
    #expect(try Spec.render(template, Markup(string: "---")) == expected, "\(name)")
  }

  struct Numbers: TemplateModel {
    let mph = 85
    let power = 1.210

    static let templateFields: TemplateFields<Self> = [
      .int("mph", \.mph), .decimal("power", \.power),
    ]
  }

  @Test func numbers() throws {
    #expect(try Spec.render("\"{{mph}} miles an hour!\"", Numbers()) == "\"85 miles an hour!\"")
    #expect(try Spec.render("\"{{power}} jiggawatts!\"", Numbers()) == "\"1.21 jiggawatts!\"")
  }

  /// Deliberate differences: a number is not HTML the program made, so writing it unescaped
  /// is refused at load time (Triple Mustache / Ampersand Integer and Decimal Interpolation).
  @Test(arguments: ["{{{mph}}}", "{{&mph}}", "{{{power}}}", "{{&power}}"])
  func unescapedNumbersAreRefused(template: String) throws {
    let error = try #require(Spec.error("\"\(template) x\"", for: Numbers.self))
    #expect(error.position == TemplatePosition(template: "main", line: 1, column: 2))
    guard case .unescapedText = error.reason else {
      Issue.record("unexpected \(error)")
      return
    }
  }

  /// Deliberate differences: a key no view model has (the spec's context misses) is an error
  /// at load time, with its line and column, instead of empty text.
  @Test(arguments: [
    "I ({{cannot}}) be seen!", "I ({{{cannot}}}) be seen!", "I ({{&cannot}}) be seen!",
  ])
  func contextMissesAreErrors(template: String) throws {
    let error = try #require(Spec.error(template, for: Empty.self))
    #expect(error.reason == .unknownKey(key: "cannot", model: "Empty"))
    #expect(error.position == TemplatePosition(template: "main", line: 1, column: 4))
  }

  struct Root: TemplateModel {
    var person = Person(name: "Joe")
    var a: Chain? = nil
    var b: Chain? = nil
    var c: Chain? = nil
    var name: String? = nil

    static let templateFields: TemplateFields<Self> = [
      .model("person", \.person), .optional("a", \.a), .optional("b", \.b),
      .optional("c", \.c), .text("name", \.name),
    ]
  }

  struct PersonHTML: TemplateModel {
    struct Inner: TemplateModel {
      let name = "Joe"
      static let templateFields: TemplateFields<Self> = [.html("name", \.name)]
    }
    let person = Inner()
    static let templateFields: TemplateFields<Self> = [.model("person", \.person)]
  }

  @Test func dottedNames() throws {
    // Basic, Triple Mustache and Ampersand Interpolation.
    #expect(
      try Spec.render("\"{{person.name}}\" == \"{{#person}}{{name}}{{/person}}\"", Root())
        == "\"Joe\" == \"Joe\"")
    #expect(
      try Spec.render(
        "\"{{{person.name}}}\" == \"{{#person}}{{{name}}}{{/person}}\"", PersonHTML())
        == "\"Joe\" == \"Joe\"")
    #expect(
      try Spec.render("\"{{&person.name}}\" == \"{{#person}}{{&name}}{{/person}}\"", PersonHTML())
        == "\"Joe\" == \"Joe\"")
    let phil = Chain(b: Chain(c: Chain(d: Chain(e: Chain(name: "Phil")))))
    // Arbitrary Depth.
    #expect(
      try Spec.render("\"{{a.b.c.d.e.name}}\" == \"Phil\"", Root(a: phil))
        == "\"Phil\" == \"Phil\"")
    // Broken Chain Resolution.
    #expect(
      try Spec.render(
        "\"{{a.b.c.name}}\" == \"\"", Root(a: Chain(b: Chain()), c: Chain(name: "Jim")))
        == "\"\" == \"\"")
    // Initial Resolution.
    let wrong = Chain(c: Chain(d: Chain(e: Chain(name: "Wrong"))))
    #expect(
      try Spec.render("\"{{#a}}{{b.c.d.e.name}}{{/a}}\" == \"Phil\"", Root(a: phil, b: wrong))
        == "\"Phil\" == \"Phil\"")
    // Leading Dot.
    #expect(
      try Spec.render(
        "{{#a}}{{.name}}{{/a}}{{#b}}{{.name}}{{/b}}",
        Root(a: Chain(), b: Chain(name: "Name"), name: "Fail")) == "Name")
  }

  struct Precedence: TemplateModel {
    struct B: TemplateModel {
      let c: String?
      static let templateFields: TemplateFields<Self> = [.text("c", \.c)]
    }
    struct A: TemplateModel {
      let b: B
      static let templateFields: TemplateFields<Self> = [.model("b", \.b)]
    }
    let a = A(b: B(c: nil))
    let b = B(c: "ERROR")
    static let templateFields: TemplateFields<Self> = [.model("a", \.a), .model("b", \.b)]
  }

  struct Broken: TemplateModel {
    struct A: TemplateModel {
      let b: Precedence.B?
      static let templateFields: TemplateFields<Self> = [.optional("b", \.b)]
    }
    let a = A(b: nil)
    static let templateFields: TemplateFields<Self> = [.model("a", \.a)]
  }

  @Test func dottedNamesBrokenChains() throws {
    #expect(try Spec.render("\"{{a.b.c}}\" == \"\"", Broken()) == "\"\" == \"\"")
  }

  @Test func dottedNamesContextPrecedence() throws {
    #expect(try Spec.render("{{#a}}{{b.c}}{{/a}}", Precedence()) == "")
  }

  struct Scalars: TemplateModel {
    let text = "world"
    let html = RenderedHTML("& \" < >")
    let escapable = "& \" < >"
    let number = 85
    static let templateFields: TemplateFields<Self> = [
      .text("text", \.text), .value("html", \.html), .text("escapable", \.escapable),
      .int("number", \.number),
    ]
  }

  /// Implicit Iterators: `.` is the value a section pushed.
  @Test func implicitIterators() throws {
    #expect(try Spec.render("{{#text}}Hello, {{.}}!\n{{/text}}", Scalars()) == "Hello, world!\n")
    #expect(
      try Spec.render(
        "{{#escapable}}These characters should be HTML escaped: {{.}}\n{{/escapable}}", Scalars())
        == "These characters should be HTML escaped: &amp; &quot; &lt; &gt;\n")
    #expect(
      try Spec.render(
        "{{#html}}These characters should not be HTML escaped: {{{.}}}\n{{/html}}", Scalars())
        == "These characters should not be HTML escaped: & \" < >\n")
    #expect(
      try Spec.render(
        "{{#html}}These characters should not be HTML escaped: {{&.}}\n{{/html}}", Scalars())
        == "These characters should not be HTML escaped: & \" < >\n")
    #expect(
      try Spec.render("{{#number}}\"{{.}} miles an hour!\"{{/number}}", Scalars())
        == "\"85 miles an hour!\"")
  }
}
