import Mustache

/// A template compiled for the fast renderer: swift-mustache's own parse (so whitespace,
/// standalone lines and partial indentation are exactly Mustache's), turned into nodes whose keys
/// are integer ids and whose text is UTF-8 bytes.
///
/// swift-mustache keeps its parse tree internal; it is read once per template load through
/// `Mirror`. Anything the fast renderer does not do (transforms, dynamic partials, content-type
/// switches, `{{.name}}` lookups) leaves the template uncompiled, and pages that use it are
/// rendered by the reference renderer.
final class CompiledTemplate: Sendable {
  let name: String
  let body: TemplateBody

  init(name: String, body: TemplateBody) {
    self.name = name
    self.body = body
  }
}

/// A run of nodes rendered together: a template, a section's inside, a block.
final class TemplateBody: Sendable {
  /// The template the nodes were written in, for messages.
  let template: String
  let nodes: [TemplateNode]

  init(template: String, nodes: [TemplateNode]) {
    self.template = template
    self.nodes = nodes
  }
}

/// A key as written in a tag: `text`, `chrome.root` or `.`.
struct TemplateKey: Sendable {
  /// Component ids; empty for `.`, the current value.
  let ids: [Int]
  let components: [String]
  /// The line of the tag in its template, from 1; 0 when unknown.
  let line: Int

  var name: String { components.isEmpty ? "." : components.joined(separator: ".") }
}

enum TemplateNode: Sendable {
  case text([UInt8])
  case variable(TemplateKey, escaped: Bool)
  case section(TemplateKey, TemplateBody, inverted: Bool)
  /// `{{> name}}`, or `{{< name}}` with the blocks it overrides.
  case partial(String, indentation: [UInt8], overrides: [String: TemplateBody])
  /// `{{$ name}}`: the override of an including template, else the default.
  case block(String, TemplateBody, indentation: [UInt8])
}

/// Turns swift-mustache's parse into ``CompiledTemplate``s.
struct TemplateCompiler {
  /// Why a template could not be compiled.
  struct Unsupported: Error {
    let reason: String
  }

  var names = TemplateKeyNames()

  /// Compiles a parsed template; `tags` (from ``TemplateTagScanner``) give the keys' lines.
  mutating func compile(_ template: MustacheTemplate, name: String, tags: [TemplateTag])
    throws(Unsupported) -> CompiledTemplate
  {
    var lines = TagLines(tags: tags)
    let tokens = try Self.tokens(of: template)
    return CompiledTemplate(
      name: name, body: try body(tokens, template: name, lines: &lines))
  }

  private mutating func body(_ tokens: [Any], template: String, lines: inout TagLines)
    throws(Unsupported) -> TemplateBody
  {
    var nodes: [TemplateNode] = []
    for token in tokens {
      if let node = try node(token, template: template, lines: &lines) { nodes.append(node) }
    }
    return TemplateBody(template: template, nodes: nodes)
  }

  private mutating func node(_ token: Any, template: String, lines: inout TagLines)
    throws(Unsupported) -> TemplateNode?
  {
    let mirror = Mirror(reflecting: token)
    guard mirror.displayStyle == .enum,
      let (label, payload) = mirror.children.first.map({
        ($0.label ?? "", $0.value)
      })
    else { throw Unsupported(reason: "unexpected token \(token)") }
    let fields = Self.fields(of: payload)
    switch label {
    case "text":
      guard let text = payload as? String else { throw Unsupported(reason: "text") }
      return .text(Array(text.utf8))
    case "variable", "unescapedVariable":
      let key = try key(fields, kind: .variable, lines: &lines)
      return .variable(key, escaped: label == "variable")
    case "section", "invertedSection":
      let key = try key(fields, kind: .section, lines: &lines)
      guard let inner = fields["template"] as? MustacheTemplate else {
        throw Unsupported(reason: "section")
      }
      let content = try body(Self.tokens(of: inner), template: template, lines: &lines)
      return .section(key, content, inverted: label == "invertedSection")
    case "partial":
      guard let name = fields[".0"] as? String else { throw Unsupported(reason: "partial") }
      let indentation = Self.string(fields["indentation"]) ?? ""
      var overrides: [String: TemplateBody] = [:]
      if let inherits = Self.value(fields["inherits"]) as? [String: MustacheTemplate] {
        // In the order written, so that keys meet their tags' lines in order.
        for block in lines.blocks(among: Set(inherits.keys)) {
          overrides[block] = try body(
            Self.tokens(of: inherits[block]!), template: template, lines: &lines)
        }
      }
      return .partial(name, indentation: Array(indentation.utf8), overrides: overrides)
    case "blockExpansion":
      guard let name = fields["name"] as? String,
        let inner = fields["default"] as? MustacheTemplate
      else { throw Unsupported(reason: "block") }
      lines.skipBlock(name)
      let content = try body(Self.tokens(of: inner), template: template, lines: &lines)
      let indentation = Self.string(fields["indentation"]) ?? ""
      return .block(name, content, indentation: Array(indentation.utf8))
    default:
      throw Unsupported(reason: "\(label) tags")
    }
  }

  private mutating func key(_ fields: [String: Any], kind: TemplateTag.Kind, lines: inout TagLines)
    throws(Unsupported) -> TemplateKey
  {
    guard let name = fields["name"] as? String else { throw Unsupported(reason: "a tag") }
    if let transforms = fields["transforms"] as? [String], !transforms.isEmpty {
      throw Unsupported(reason: "transforms")
    }
    let line = lines.line(of: name, kind: kind)
    if name == "." { return TemplateKey(ids: [], components: [], line: line) }
    guard !name.isEmpty, name.first != "." else { throw Unsupported(reason: "key \"\(name)\"") }
    let components = name.split(separator: ".").map(String.init)
    return TemplateKey(ids: components.map { names.intern($0) }, components: components, line: line)
  }

  private static func tokens(of template: MustacheTemplate) throws(Unsupported) -> [Any] {
    for child in Mirror(reflecting: template).children where child.label == "tokens" {
      if let tokens = child.value as? [Any] { return tokens }
      return Mirror(reflecting: child.value).children.map(\.value)
    }
    throw Unsupported(reason: "no tokens in this version of swift-mustache")
  }

  /// The labelled values of a token's payload (a tuple, or a single value as `.0`).
  private static func fields(of payload: Any) -> [String: Any] {
    let mirror = Mirror(reflecting: payload)
    guard mirror.displayStyle == .tuple else { return [".0": payload] }
    var fields: [String: Any] = [:]
    for child in mirror.children { fields[child.label ?? ""] = child.value }
    return fields
  }

  /// The wrapped value of an optional held in `Any`, or the value itself.
  private static func value(_ any: Any?) -> Any? {
    guard let any else { return nil }
    let mirror = Mirror(reflecting: any)
    guard mirror.displayStyle == .optional else { return any }
    return mirror.children.first.map { value($0.value) } ?? nil
  }

  private static func string(_ any: Any?) -> String? { value(any) as? String }
}

/// The tags of a template in order, consumed as the compiler meets the same keys, so that each
/// key gets the line of its own tag.
private struct TagLines {
  let tags: [TemplateTag]
  var next = 0

  init(tags: [TemplateTag]) {
    self.tags = tags
  }

  mutating func line(of name: String, kind: TemplateTag.Kind) -> Int {
    guard let index = tags[next...].firstIndex(where: { $0.kind == kind && $0.name == name })
    else { return tags.first { $0.kind == kind && $0.name == name }?.line ?? 0 }
    next = index + 1
    return tags[index].line
  }

  mutating func skipBlock(_ name: String) {
    if let index = tags[next...].firstIndex(where: { $0.kind == .block && $0.name == name }) {
      next = index + 1
    }
  }

  /// The names among `names` in the order their `{{$name}}` tags come next.
  func blocks(among names: Set<String>) -> [String] {
    var order: [String] = []
    for tag in tags[next...] where tag.kind == .block && names.contains(tag.name) {
      if !order.contains(tag.name) { order.append(tag.name) }
    }
    return order + names.subtracting(order).sorted()
  }
}
