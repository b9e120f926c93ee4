/// Checks, without rendering, that every key a template uses exists on the view-model types in
/// scope where it is used: the guard against Mustache's silent empty text for a misspelt key.
///
/// The check walks the compiled template with the types a page would push: a struct for a
/// section over a struct or over an array of structs, nothing for a `Bool`. A key resolves as
/// Mustache resolves it, innermost scope first; a dotted key's later parts must be properties of
/// the value before them. Keys are checked in every section, whether or not a page's data would
/// render it, and in every partial and block reached. It runs once per template and page type,
/// so it costs the same for 10 pages as for 10,000.
struct TemplateKeyCheck {
  /// What the check found for a page template and a page type.
  enum Outcome {
    /// Every key resolves and the fast renderer can render every value.
    case fast(TypeShape)
    /// Every key the check could follow resolves, but a value is of a kind the fast renderer
    /// does not handle; the reference renderer renders these pages.
    case reference
  }

  /// A triple mustache (`{{{key}}}`, `{{&key}}`) on a text field that is not markup made by
  /// report-site: it would put text from the report into the page as HTML.
  struct UnescapedText: Hashable, Sendable {
    let template: String
    let line: Int
    let key: String
  }

  /// Whether a field holds markup that report-site made safe itself: rendered Markdown
  /// (`narrativeHTML`, `introHTML` …) or encoded JSON (`json`). Every other text field comes
  /// from the report and must be escaped (`{{key}}`).
  static func holdsMarkup(_ field: String) -> Bool {
    field.hasSuffix("HTML") || field == "json"
  }

  /// A key that no scope has.
  struct UnknownKey: Error {
    let template: String
    let line: Int
    let key: String
  }

  private enum Scope {
    case object(TypeShape)
    case value(ValueKind)

    var kind: ValueKind {
      switch self {
      case .object(let shape): .object(shape)
      case .value(let kind): kind
      }
    }
  }

  let templates: [String: CompiledTemplate]
  let layouts: ViewModelLayouts
  private var visited: Set<String> = []
  private var fast = true
  /// The unescaped uses of report text found so far.
  private(set) var unescaped: [UnescapedText] = []

  init(templates: [String: CompiledTemplate], layouts: ViewModelLayouts) {
    self.templates = templates
    self.layouts = layouts
  }

  /// Checks `template` for pages whose view model is of type `root`; adds to `unescaped` every
  /// triple mustache on report text it reaches.
  static func check(
    _ template: CompiledTemplate, root: Any.Type, templates: [String: CompiledTemplate],
    layouts: ViewModelLayouts, unescaped: inout [UnescapedText]
  ) throws(UnknownKey) -> Outcome {
    guard case .object(let shape) = layouts.kind(ofRoot: root) else { return .reference }
    var check = TemplateKeyCheck(templates: templates, layouts: layouts)
    try check.walk(template.body, scopes: [.object(shape)], overrides: [:])
    unescaped += check.unescaped
    return check.fast ? .fast(shape) : .reference
  }

  private mutating func walk(
    _ body: TemplateBody, scopes: [Scope], overrides: [String: TemplateBody]
  ) throws(UnknownKey) {
    for node in body.nodes {
      switch node {
      case .text:
        break
      case .variable(let key, let escaped):
        let kind = try resolve(key, in: scopes, template: body.template)
        if !kind.unwrapped.isScalar { fast = false }
        // `.` in a section over text is an item of a list of text, never markup.
        if !escaped, case .string = kind.unwrapped,
          !Self.holdsMarkup(key.components.last ?? ".")
        {
          unescaped.append(UnescapedText(template: body.template, line: key.line, key: key.name))
        }
      case .section(let key, let content, let inverted):
        let kind = try resolve(key, in: scopes, template: body.template).unwrapped
        switch kind {
        case .bool:
          try walk(content, scopes: scopes, overrides: overrides)
        case .array(let element, _):
          let scope = inverted ? nil : Self.scope(element.unwrapped)
          if case .array = element.unwrapped { fast = false }
          try walk(content, scopes: scopes + (scope.map { [$0] } ?? []), overrides: overrides)
        case .object(let shape):
          try walk(
            content, scopes: inverted ? scopes : scopes + [.object(shape)], overrides: overrides)
        case .string, .int, .double:
          try walk(
            content, scopes: inverted ? scopes : scopes + [.value(kind)], overrides: overrides)
        case .optional, .unsupported:
          fast = false
        }
      case .partial(let name, _, let blocks):
        guard let partial = templates[name] else {
          fast = false
          continue
        }
        let merged = overrides.merging(blocks) { outer, _ in outer }
        guard visited.insert(Self.visitKey(name, scopes, merged)).inserted else { continue }
        try walk(partial.body, scopes: scopes, overrides: merged)
      case .block(let name, let fallback, _):
        try walk(overrides[name] ?? fallback, scopes: scopes, overrides: overrides)
      }
    }
  }

  /// The kind of the value `key` names (`.` names the innermost scope). Throws when no scope
  /// has the key.
  private func resolve(_ key: TemplateKey, in scopes: [Scope], template: String) throws(UnknownKey)
    -> ValueKind
  {
    guard let first = key.ids.first else { return scopes.last?.kind ?? .unsupported(".") }
    var found: ValueKind?
    for case .object(let shape) in scopes.reversed() {
      if let field = shape.field(first) {
        found = field.kind
        break
      }
    }
    guard var kind = found else {
      throw UnknownKey(template: template, line: key.line, key: key.components[0])
    }
    for (id, component) in zip(key.ids.dropFirst(), key.components.dropFirst()) {
      guard case .object(let shape) = kind.unwrapped, let field = shape.field(id) else {
        throw UnknownKey(template: template, line: key.line, key: component)
      }
      kind = field.kind
    }
    return kind
  }

  private static func scope(_ kind: ValueKind) -> Scope? {
    if case .object(let shape) = kind { return .object(shape) }
    return kind.isScalar ? .value(kind) : nil
  }

  /// A partial is walked once per scope types (repeats of a type count once, so recursive
  /// partials end) and blocks.
  private static func visitKey(
    _ name: String, _ scopes: [Scope], _ overrides: [String: TemplateBody]
  ) -> String {
    var seen: Set<ObjectIdentifier> = []
    var types: [String] = []
    for scope in scopes.reversed() {
      guard case .object(let shape) = scope else { continue }
      if seen.insert(ObjectIdentifier(shape)).inserted {
        types.append("\(ObjectIdentifier(shape))")
      }
    }
    let blocks = overrides.keys.sorted().map { "\($0)=\(ObjectIdentifier(overrides[$0]!))" }
    return name + "|" + types.joined(separator: ",") + "|" + blocks.joined(separator: ",")
  }
}
