/// Checks, without rendering, that every key a template uses exists on the view-model types in
/// scope where it is used, and that each value is written as its kind allows: the guard against
/// Mustache's silent empty text for a misspelt key, and against unescaped text.
///
/// The check walks the template with the types a page would push: a view model for a section
/// over a view model or a list of them, the value itself for text and numbers, nothing for a
/// `Bool`. A key resolves as Mustache resolves it, innermost scope first; a dotted key's later
/// parts must be fields of the value before them. Keys are checked in every section, whether or
/// not a page's data would render it, and in every partial and block reached. It runs once per
/// template and root type, so it costs the same for 10 pages as for 10,000.
struct TemplateKeyCheck {
  let templates: [String: [TemplateNode]]
  private var visited: Set<String> = []
  private var fieldTables: [ObjectIdentifier: [String: TemplateTypeInfo]] = [:]

  init(templates: [String: [TemplateNode]]) {
    self.templates = templates
  }

  mutating func check(_ name: String, root: TemplateTypeInfo) throws(TemplateError) {
    try walk(templates[name] ?? [], scopes: [root], overrides: [:])
  }

  private mutating func walk(
    _ nodes: [TemplateNode], scopes: [TemplateTypeInfo], overrides: [String: [TemplateNode]]
  ) throws(TemplateError) {
    for node in nodes {
      switch node {
      case .text:
        break
      case .variable(let key, let escaped):
        let type = try resolve(key, in: scopes).unwrapped
        switch type.shape {
        case .model, .list:
          throw TemplateError(.notText(key: key.name, type: type.name), at: key.position)
        case .scalar(let scalar):
          if !escaped, scalar != .html {
            throw TemplateError(.unescapedText(key: key.name, type: type.name), at: key.position)
          }
        case .optional:
          break
        }
      case .section(let key, let content, let inverted):
        let type = try resolve(key, in: scopes)
        let pushed = inverted ? nil : type.sectionScope
        try walk(content, scopes: scopes + (pushed.map { [$0] } ?? []), overrides: overrides)
      case .partial(let include):
        guard let partial = templates[include.name] else {
          throw TemplateError(.unknownPartial(include.name), at: include.position)
        }
        var merged = overrides
        for (block, content) in include.overrides where merged[block] == nil {
          merged[block] = content
        }
        guard visited.insert(Self.visitKey(include, scopes, merged)).inserted else { continue }
        try walk(partial, scopes: scopes, overrides: merged)
      case .block(let name, let fallback, _):
        try walk(overrides[name] ?? fallback, scopes: scopes, overrides: overrides)
      }
    }
  }

  /// The type of the value `key` names (`.` names the innermost scope). Throws when no scope
  /// has the key.
  private mutating func resolve(_ key: TemplateKey, in scopes: [TemplateTypeInfo])
    throws(TemplateError) -> TemplateTypeInfo
  {
    guard let first = key.components.first else { return scopes[scopes.count - 1] }
    var found: TemplateTypeInfo?
    for scope in key.isLocal ? [scopes[scopes.count - 1]] : scopes.reversed() {
      if let type = fields(of: scope)[first] {
        found = type
        break
      }
    }
    guard var type = found else {
      throw TemplateError(
        .unknownKey(key: first, model: scopes.last { $0.isModel }?.name ?? scopes[0].name),
        at: key.position)
    }
    for component in key.components.dropFirst() {
      let owner = type.unwrapped
      guard let next = fields(of: owner)[component] else {
        throw TemplateError(.unknownKey(key: component, model: owner.name), at: key.position)
      }
      type = next
    }
    return type
  }

  private mutating func fields(of type: TemplateTypeInfo) -> [String: TemplateTypeInfo] {
    if let known = fieldTables[type.id] { return known }
    var table: [String: TemplateTypeInfo] = [:]
    if case .model(let fields) = type.shape {
      for field in fields() { table[field.name] = field.type }
    }
    fieldTables[type.id] = table
    return table
  }

  /// A partial is walked once per scope types (repeats of a type count once, so recursive
  /// partials end) and blocks.
  private static func visitKey(
    _ include: TemplateInclude, _ scopes: [TemplateTypeInfo],
    _ overrides: [String: [TemplateNode]]
  ) -> String {
    var seen: Set<ObjectIdentifier> = []
    var types: [String] = []
    for scope in scopes.reversed() where seen.insert(scope.id).inserted {
      types.append("\(scope.id)")
    }
    let blocks = overrides.keys.sorted().map { name in
      "\(name)=\(overrides[name]!.count):\(Self.identity(of: overrides[name]!))"
    }
    return include.name + "|" + types.joined(separator: ",") + "|" + blocks.joined(separator: ",")
  }

  /// Where a block override was written: the position of its first tag, else its text.
  private static func identity(of nodes: [TemplateNode]) -> String {
    for node in nodes {
      switch node {
      case .variable(let key, _), .section(let key, _, _): return "\(key.position)"
      case .partial(let include): return "\(include.position)"
      default: continue
      }
    }
    return String(describing: nodes.first.map { "\($0)" } ?? "")
  }
}

extension TemplateTypeInfo {
  var isModel: Bool {
    if case .model = shape { return true }
    return false
  }
}
