import SiteTemplates
import Testing

/// The specification's partial, comment and delimiter cases (partials.yml, comments.yml,
/// delimiters.yml), with the spec's data as typed view models.
@Suite struct PartialsSpecTests {
  @Test(arguments: [
    ("Basic Behavior", "\"{{>text}}\"", ["text": "from partial"], Text(), "\"from partial\""),
    (
      "Context", "\"{{>partial}}\"", ["partial": "*{{text}}*"], Text(text: "content"),
      "\"*content*\""
    ),
    ("Surrounding Whitespace", "| {{>partial}} |", ["partial": "\t|\t"], Text(), "| \t|\t |"),
    (
      "Inline Indentation", "  {{data}}  {{> partial}}\n", ["partial": ">\n>"], Text(data: "|"),
      "  |  >\n>\n"
    ),
    ("Standalone Line Endings", "|\r\n{{>partial}}\r\n|", ["partial": ">"], Text(), "|\r\n>|"),
    (
      "Standalone Without Previous Line", "  {{>partial}}\n>", ["partial": ">\n>"], Text(),
      "  >\n  >>"
    ),
    (
      "Standalone Without Newline", ">\n  {{>partial}}", ["partial": ">\n>"], Text(),
      ">\n  >\n  >"
    ),
    ("Padding Whitespace", "|{{> partial }}|", ["partial": "[]"], Text(), "|[]|"),
  ])
  func partials(
    name: String, template: String, partials: [String: String], data: Text, expected: String
  ) throws {
    #expect(try Spec.render(template, data, partials: partials) == expected, "\(name)")
  }

  @Test func standaloneIndentation() throws {
    let partial = "|\n{{{content}}}a b{{{content}}}c\n|\n"
    #expect(
      try Spec.render(
        "\\\n {{>partial}}\n/\n", Markup(content: "<\n->"), partials: ["partial": partial])
        == "\\\n |\n <\n->a b<\n->c\n |\n/\n")
  }

  final class Node: TemplateModel {
    let content: String
    let nodes: [Node]
    init(_ content: String, _ nodes: [Node]) {
      self.content = content
      self.nodes = nodes
    }
    static let templateFields: TemplateFields<Node> = [
      .text("content", \.content), .section("nodes", \.nodes),
    ]
  }

  @Test func recursion() throws {
    #expect(
      try Spec.render(
        "{{>node}}", Node("X", [Node("Y", [])]),
        partials: ["node": "{{content}}<{{#nodes}}{{>node}}{{/nodes}}>"]) == "X<Y<>>")
  }

  /// Deliberate difference: Failed Lookup (an unknown partial) is a load-time error.
  @Test func failedLookupIsAnError() throws {
    let error = try #require(Spec.error("\"{{>text}}\"", for: Empty.self))
    #expect(error.reason == .unknownPartial("text"))
    #expect(error.position == TemplatePosition(template: "main", line: 1, column: 2))
  }

  @Test(arguments: [
    ("Inline", "12345{{! Comment Block! }}67890", "1234567890"),
    ("Multiline", "12345{{!\n  This is a\n  multi-line comment...\n}}67890\n", "1234567890\n"),
    ("Standalone", "Begin.\n{{! Comment Block! }}\nEnd.\n", "Begin.\nEnd.\n"),
    ("Indented Standalone", "Begin.\n  {{! Indented Comment Block! }}\nEnd.\n", "Begin.\nEnd.\n"),
    ("Standalone Line Endings", "|\r\n{{! Standalone Comment }}\r\n|", "|\r\n|"),
    ("Standalone Without Previous Line", "  {{! I'm Still Standalone }}\n!", "!"),
    ("Standalone Without Newline", "!\n  {{! I'm Still Standalone }}", "!\n"),
    (
      "Multiline Standalone", "Begin.\n{{!\nSomething's going on here...\n}}\nEnd.\n",
      "Begin.\nEnd.\n"
    ),
    (
      "Indented Multiline Standalone",
      "Begin.\n  {{!\n    Something's going on here...\n  }}\nEnd.\n", "Begin.\nEnd.\n"
    ),
    ("Indented Inline", "  12 {{! 34 }}\n", "  12 \n"),
    ("Surrounding Whitespace", "12345 {{! Comment Block! }} 67890", "12345  67890"),
    (
      "Variable Name Collision",
      "comments never show: >{{! comment }}{{! comment= }}{{! comment = }}{{!comment}}{{!comment=}}<",
      "comments never show: ><"
    ),
  ])
  func comments(name: String, template: String, expected: String) throws {
    #expect(try Spec.render(template, Empty()) == expected, "\(name)")
  }

  @Test(arguments: [
    ("Pair Behavior", "{{=<% %>=}}(<%text%>)", [:], Text(text: "Hey!"), "(Hey!)"),
    ("Special Characters", "({{=[ ]=}}[text])", [:], Text(text: "It worked!"), "(It worked!)"),
    (
      "Partial Inheritence", "[ {{>include}} ]\n{{= | | =}}\n[ |>include| ]\n",
      ["include": ".{{value}}."], Text(value: "yes"), "[ .yes. ]\n[ .yes. ]\n"
    ),
    (
      "Post-Partial Behavior", "[ {{>include}} ]\n[ .{{value}}.  .|value|. ]\n",
      ["include": ".{{value}}. {{= | | =}} .|value|."], Text(value: "yes"),
      "[ .yes.  .yes. ]\n[ .yes.  .|value|. ]\n"
    ),
    ("Surrounding Whitespace", "| {{=@ @=}} |", [:], Text(), "|  |"),
    ("Outlying Whitespace (Inline)", " | {{=@ @=}}\n", [:], Text(), " | \n"),
    ("Standalone Tag", "Begin.\n{{=@ @=}}\nEnd.\n", [:], Text(), "Begin.\nEnd.\n"),
    ("Indented Standalone Tag", "Begin.\n  {{=@ @=}}\nEnd.\n", [:], Text(), "Begin.\nEnd.\n"),
    ("Standalone Line Endings", "|\r\n{{= @ @ =}}\r\n|", [:], Text(), "|\r\n|"),
    ("Standalone Without Previous Line", "  {{=@ @=}}\n=", [:], Text(), "="),
    ("Standalone Without Newline", "=\n  {{=@ @=}}", [:], Text(), "=\n"),
    ("Pair with Padding", "|{{= @   @ =}}|", [:], Text(), "||"),
  ])
  func delimiters(
    name: String, template: String, partials: [String: String], data: Text, expected: String
  ) throws {
    #expect(try Spec.render(template, data, partials: partials) == expected, "\(name)")
  }

  @Test func delimitersInSections() throws {
    let sections =
      "[\n{{#section}}\n  {{data}}\n  |data|\n{{/section}}\n\n{{= | | =}}\n|#section|\n"
      + "  {{data}}\n  |data|\n|/section|\n]\n"
    let expected = "[\n  I got interpolated.\n  |data|\n\n  {{data}}\n  I got interpolated.\n]\n"
    #expect(
      try Spec.render(sections, Flags(section: true, data: "I got interpolated.")) == expected)
    let inverted =
      "[\n{{^section}}\n  {{data}}\n  |data|\n{{/section}}\n\n{{= | | =}}\n|^section|\n"
      + "  {{data}}\n  |data|\n|/section|\n]\n"
    #expect(try Spec.render(inverted, Flags(data: "I got interpolated.")) == expected)
  }
}
