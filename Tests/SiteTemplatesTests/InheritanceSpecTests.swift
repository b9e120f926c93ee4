import SiteTemplates
import Testing

/// The specification's inheritance cases (~inheritance.yml): parents `{{<name}}` and blocks
/// `{{$name}}`, with the spec's data as typed view models.
@Suite struct InheritanceSpecTests {
  @Test(arguments: [
    ("Default", "{{$title}}Default title{{/title}}\n", [:], "Default title\n"),
    (
      "Inherit", "{{<include}}{{/include}}\n", ["include": "{{$foo}}default content{{/foo}}"],
      "default content"
    ),
    (
      "Overridden content", "{{<super}}{{$title}}sub template title{{/title}}{{/super}}",
      ["super": "...{{$title}}Default title{{/title}}..."], "...sub template title..."
    ),
    (
      "Overridden parent", "test {{<parent}}{{$stuff}}override{{/stuff}}{{/parent}}",
      ["parent": "{{$stuff}}...{{/stuff}}"], "test override"
    ),
    (
      "Two overridden parents",
      "test {{<parent}}{{$stuff}}override1{{/stuff}}{{/parent}} "
        + "{{<parent}}{{$stuff}}override2{{/stuff}}{{/parent}}\n",
      ["parent": "|{{$stuff}}...{{/stuff}}{{$default}} default{{/default}}|"],
      "test |override1 default| |override2 default|\n"
    ),
    (
      "Override parent with newlines",
      "{{<parent}}{{$ballmer}}\npeaked\n\n:(\n{{/ballmer}}{{/parent}}",
      ["parent": "{{$ballmer}}peaking{{/ballmer}}"], "peaked\n\n:(\n"
    ),
    (
      "Inherit indentation", "{{<parent}}{{$nineties}}hammer time{{/nineties}}{{/parent}}",
      ["parent": "stop:\n  {{$nineties}}collaborate and listen{{/nineties}}\n"],
      "stop:\n  hammer time\n"
    ),
    (
      "Only one override", "{{<parent}}{{$stuff2}}override two{{/stuff2}}{{/parent}}",
      ["parent": "{{$stuff}}new default one{{/stuff}}, {{$stuff2}}new default two{{/stuff2}}"],
      "new default one, override two"
    ),
    (
      "Parent template", "{{>parent}}|{{<parent}}{{/parent}}",
      ["parent": "{{$foo}}default content{{/foo}}"], "default content|default content"
    ),
    (
      "Recursion", "{{<parent}}{{$foo}}override{{/foo}}{{/parent}}",
      [
        "parent": "{{$foo}}default content{{/foo}} {{$bar}}{{<parent2}}{{/parent2}}{{/bar}}",
        "parent2": "{{$foo}}parent2 default content{{/foo}} {{<parent}}{{$bar}}don't recurse"
          + "{{/bar}}{{/parent}}",
      ],
      "override override override don't recurse"
    ),
    (
      "Multi-level inheritance", "{{<parent}}{{$a}}c{{/a}}{{/parent}}",
      [
        "parent": "{{<older}}{{$a}}p{{/a}}{{/older}}",
        "older": "{{<grandParent}}{{$a}}o{{/a}}{{/grandParent}}", "grandParent": "{{$a}}g{{/a}}",
      ],
      "c"
    ),
    (
      "Multi-level inheritance, no sub child", "{{<parent}}{{/parent}}",
      [
        "parent": "{{<older}}{{$a}}p{{/a}}{{/older}}",
        "older": "{{<grandParent}}{{$a}}o{{/a}}{{/grandParent}}", "grandParent": "{{$a}}g{{/a}}",
      ],
      "p"
    ),
    (
      "Text inside parent (with a block)",
      "{{<parent}} asdfasd {{$foo}}hmm{{/foo}} asdfasdfasdf {{/parent}}",
      ["parent": "{{$foo}}default content{{/foo}}"], "hmm"
    ),
    (
      "Text inside parent", "{{<parent}} asdfasd asdfasdfasdf {{/parent}}",
      ["parent": "{{$foo}}default content{{/foo}}"], "default content"
    ),
    (
      "Standalone parent", "Hi,\n  {{<parent}}{{/parent}}\n", ["parent": "one\ntwo\n"],
      "Hi,\n  one\n  two\n"
    ),
    (
      "Standalone block", "{{<parent}}{{$block}}\none\ntwo{{/block}}\n{{/parent}}\n",
      ["parent": "Hi,\n  {{$block}}{{/block}}\n"], "Hi,\n  one\n  two\n"
    ),
    (
      "Block reindentation", "{{<parent}}{{$block}}\n    one\n    two\n{{/block}}{{/parent}}\n",
      ["parent": "Hi,\n  {{$block}}\n  {{/block}}\n"], "Hi,\n  one\n  two\n"
    ),
    (
      "Intrinsic indentation", "{{<parent}}{{$block}}\none\ntwo\n{{/block}}{{/parent}}\n",
      ["parent": "Hi,\n{{$block}}\n  default\n{{/block}}\n"], "Hi,\n  one\n  two\n"
    ),
  ])
  func inheritance(
    name: String, template: String, partials: [String: String], expected: String
  ) throws {
    #expect(try Spec.render(template, Empty(), partials: partials) == expected, "\(name)")
  }

  /// Intrinsic indentation: a block's default renders as it is written.
  @Test func standaloneBlockDefaultKeepsItsIndentation() throws {
    #expect(
      try Spec.render("Hi,\n{{$block}}\n  default\n    more\n{{/block}}\n", Empty())
        == "Hi,\n  default\n    more\n")
  }

  @Test(arguments: [
    ("Variable", "{{$foo}}default {{bar}} content{{/foo}}\n", "default baz content\n"),
    (
      "Negative Sections", "{{$foo}}default {{^bar}}{{baz}}{{/bar}} content{{/foo}}\n",
      "default three content\n"
    ),
  ])
  func defaultsWithText(name: String, template: String, expected: String) throws {
    let data = name == "Variable" ? Text(bar: "baz") : Text(baz: "three")
    #expect(try Spec.render(template, data) == expected, "\(name)")
  }

  @Test func defaultsWithSections() throws {
    #expect(
      try Spec.render("{{$foo}}default {{{bar}}} content{{/foo}}\n", Markup(bar: "<baz>"))
        == "default <baz> content\n")
    struct Root: TemplateModel {
      struct Bar: TemplateModel {
        let baz: String
        static let templateFields: TemplateFields<Self> = [.text("baz", \.baz)]
      }
      let bar: Bar
      static let templateFields: TemplateFields<Self> = [.model("bar", \.bar)]
    }
    let template = "{{$foo}}default {{#bar}}{{baz}}{{/bar}} content{{/foo}}\n"
    // Sections, Mustache Injection.
    #expect(try Spec.render(template, Root(bar: .init(baz: "qux"))) == "default qux content\n")
    #expect(
      try Spec.render(template, Root(bar: .init(baz: "{{qux}}"))) == "default {{qux}} content\n")
  }

  struct Variables: TemplateModel {
    let `var` = "var in data"
    static let templateFields: TemplateFields<Self> = [.text("var", \.var)]
  }

  @Test func dataDoesNotOverrideBlocks() throws {
    let include = ["include": "{{$var}}var in include{{/var}}"]
    #expect(
      try Spec.render(
        "{{<include}}{{$var}}var in template{{/var}}{{/include}}", Variables(), partials: include)
        == "var in template")
    #expect(
      try Spec.render("{{<include}}{{/include}}", Variables(), partials: include)
        == "var in include")
  }

  @Test func blockScope() throws {
    struct Root: TemplateModel {
      struct Nested: TemplateModel {
        let fruit = "bananas"
        static let templateFields: TemplateFields<Self> = [.text("fruit", \.fruit)]
      }
      let fruit = "apples"
      let nested = Nested()
      static let templateFields: TemplateFields<Self> = [
        .text("fruit", \.fruit), .model("nested", \.nested),
      ]
    }
    #expect(
      try Spec.render(
        "{{<parent}}{{$block}}I say {{fruit}}.{{/block}}{{/parent}}", Root(),
        partials: ["parent": "{{#nested}}{{$block}}You say {{fruit}}.{{/block}}{{/nested}}"])
        == "I say bananas.")
  }

  @Test func refusedFeatures() throws {
    for (template, column) in [("a {{>*name}}", 3), ("{{<*name}}{{/*name}}", 1), ("{{f(x)}}", 1)] {
      let error = try #require(Spec.error(template, for: Empty.self), "\(template)")
      guard case .unsupported = error.reason else {
        Issue.record("\(template): \(error)")
        continue
      }
      #expect(error.position == TemplatePosition(template: "main", line: 1, column: column))
    }
  }
}
