import ReportModel
import Yams

/// A YAML node with the file it came from, for reading values with diagnostics.
struct YAMLNode {
  let node: Node
  let path: String
  /// Lines before the YAML text starts in its file (front matter starts after `---`).
  let lineOffset: Int

  var location: SourceLocation {
    let mark = node.mark
    return SourceLocation(
      path: path, line: (mark?.line ?? 0) + lineOffset, column: mark?.column ?? 0)
  }

  /// Parses `text`; nil and a diagnostic when it is not YAML. An empty text is an empty map.
  static func parse(_ text: String, path: String, lineOffset: Int = 0) -> (
    YAMLNode?, Diagnostic?
  ) {
    do {
      // Values are read as written, so no implicit typing (which runs regular expressions on
      // every scalar); UTF-8 named, so that Yams does not read the environment per parse.
      let node = try Yams.compose(yaml: text, .basic, .default, .utf8) ?? Node([(Node, Node)]())
      return (YAMLNode(node: node, path: path, lineOffset: lineOffset), nil)
    } catch let error as YamlError {
      return (nil, diagnostic(error, path: path, lineOffset: lineOffset))
    } catch {
      return (
        nil,
        .error(SourceLocation(path: path), "cannot read YAML: \(error)")
      )
    }
  }

  private static func diagnostic(_ error: YamlError, path: String, lineOffset: Int)
    -> Diagnostic
  {
    let note = "check the indentation and quoting there; text with `: ` or `#` needs quotes"
    switch error {
    case .scanner(let context, let problem, let mark, _),
      .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      let what = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }
      return .error(
        SourceLocation(path: path, line: mark.line + lineOffset, column: mark.column),
        "malformed YAML: " + what.joined(separator: ", "), notes: [note])
    default:
      return .error(SourceLocation(path: path), "malformed YAML: \(error)", notes: [note])
    }
  }

  /// The pairs of a mapping, in order; nil when the node is not a mapping.
  var pairs: [(key: String, value: YAMLNode)]? {
    guard let mapping = node.mapping else { return nil }
    return mapping.map { key, value in
      (key.string ?? "", YAMLNode(node: value, path: path, lineOffset: lineOffset))
    }
  }

  /// The keys of a mapping with where each is written, in order; nil when not a mapping.
  var keyedPairs: [(key: String, location: SourceLocation)]? {
    guard let mapping = node.mapping else { return nil }
    return mapping.map { key, _ in
      (key.string ?? "", YAMLNode(node: key, path: path, lineOffset: lineOffset).location)
    }
  }

  subscript(key: String) -> YAMLNode? {
    guard let mapping = node.mapping, let value = mapping[key] else { return nil }
    return YAMLNode(node: value, path: path, lineOffset: lineOffset)
  }

  var items: [YAMLNode]? {
    node.sequence.map { $0.map { YAMLNode(node: $0, path: path, lineOffset: lineOffset) } }
  }

  /// The scalar's text exactly as written (no type conversion); nil for maps and lists.
  var text: String? { node.scalar?.string }

  var isNull: Bool {
    guard let scalar = node.scalar else { return false }
    return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
  }
}

/// Collects diagnostics while reading typed values out of YAML nodes.
struct YAMLReader {
  var diagnostics: [Diagnostic] = []

  mutating func string(_ node: YAMLNode?, _ key: String, in parent: YAMLNode, required: Bool)
    -> String?
  {
    guard let node else {
      if required {
        diagnostics.append(
          .error(parent.location, "missing `\(key)`", notes: ["add `\(key): …` here"]))
      }
      return nil
    }
    if node.isNull && !required { return nil }
    guard let text = node.text else {
      diagnostics.append(
        .error(node.location, "`\(key)` must be text, not a list or a map"))
      return nil
    }
    return text
  }

  /// A one-line field (a name, a title, a label): ``string(_:_:in:required:)``, with an error
  /// when it is longer than ``FieldLength/maximum`` characters (the value is still returned).
  mutating func line(
    _ node: YAMLNode?, _ key: String, in parent: YAMLNode, required: Bool, field: String
  ) -> String? {
    let text = string(node, key, in: parent, required: required)
    if let text, let node {
      checkLength(text, at: node, field: field)
    }
    return text
  }

  /// One-line items: ``strings(_:_:in:)``, with an error for each item longer than
  /// ``FieldLength/maximum`` characters.
  mutating func lines(_ node: YAMLNode?, _ key: String, in parent: YAMLNode, field: String)
    -> [String]?
  {
    let texts = strings(node, key, in: parent)
    for item in node?.items ?? node.map { [$0] } ?? [] {
      if let text = item.text { checkLength(text, at: item, field: field) }
    }
    return texts
  }

  private mutating func checkLength(_ text: String, at node: YAMLNode, field: String) {
    if let problem = FieldLength.problem(text, field: field, at: node.location) {
      diagnostics.append(problem)
    }
  }

  mutating func strings(_ node: YAMLNode?, _ key: String, in parent: YAMLNode) -> [String]? {
    guard let node else {
      diagnostics.append(
        .error(parent.location, "missing `\(key)`", notes: ["add `\(key):` with a list"]))
      return nil
    }
    if let text = node.text {
      return node.isNull ? [] : [text]
    }
    guard let items = node.items else {
      diagnostics.append(.error(node.location, "`\(key)` must be a list"))
      return nil
    }
    return items.compactMap { item in
      guard let text = item.text else {
        diagnostics.append(.error(item.location, "each item of `\(key)` must be text"))
        return nil
      }
      return text
    }
  }

  mutating func integer(_ node: YAMLNode?, _ key: String, in parent: YAMLNode, required: Bool)
    -> Int?
  {
    guard let text = string(node, key, in: parent, required: required) else { return nil }
    if let value = Int(text.trimmedSpace) { return value }
    if let value = ChineseNumeral.value(of: text.trimmedSpace) { return value }
    diagnostics.append(
      .error(
        node!.location, "`\(key)` must be a number, not \"\(text)\"",
        notes: ["write it as 1, 2, 3 … or 一, 二, 三 …"]))
    return nil
  }
}
