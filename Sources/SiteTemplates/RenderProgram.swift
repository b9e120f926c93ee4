/// Every template of a ``TemplateSet`` laid out as one flat array of plain instructions, for
/// ``TemplateRenderer``. Instructions hold integers only (ranges of literal bytes, key indexes,
/// jump targets, body indexes), so walking them retains and releases nothing.
///
/// A body is a range of ``code``: a template, a block's default or a block override. A section's
/// inside follows its `section` instruction, up to the instruction's `end`.
struct RenderProgram: Sendable {
  /// A half-open range of indexes into one of the program's arrays.
  struct Span: Sendable {
    var start: Int32
    var end: Int32

    static let empty = Span(start: 0, end: 0)

    var isEmpty: Bool { start == end }
  }

  /// A block override: the block `name` (see ``blockNames``) renders body `body`.
  struct Override: Sendable {
    var name: Int32
    var body: Int32
  }

  private(set) var code: [RenderInstruction] = []
  /// The bytes of every text and indentation.
  private(set) var literals: [UInt8] = []
  /// Each key as a span of ``keyIDs``; an empty span is `.`.
  private(set) var keys: [Span] = []
  private(set) var keyIDs: [Int] = []
  /// Whether each key is `.name`, looked up in the innermost scope only.
  private(set) var keyIsLocal: [Bool] = []
  /// Each body as a span of ``code``.
  private(set) var bodies: [Span] = []
  /// The overrides of each `{{< parent}}` include, as spans of ``overrides``.
  private(set) var overrideSets: [Span] = []
  private(set) var overrides: [Override] = []
  /// Each template's body, by template name.
  private(set) var templateBodies: [String: Int] = [:]
  private var blockNames: [String: Int32] = [:]
  /// The key names, each with a small id.
  private(set) var names = KeyNames()

  init(templates: [String: [TemplateNode]]) {
    let sorted = templates.keys.sorted()
    var pending: [(body: Int, nodes: [TemplateNode])] = []
    for name in sorted {
      let body = newBody()
      templateBodies[name] = body
      pending.append((body, templates[name]!))
    }
    var next = 0
    while next < pending.count {
      let (body, nodes) = pending[next]
      next += 1
      let start = Int32(code.count)
      emit(nodes, pending: &pending)
      bodies[body] = Span(start: start, end: Int32(code.count))
    }
  }

  private mutating func newBody() -> Int {
    bodies.append(.empty)
    return bodies.count - 1
  }

  private mutating func emit(
    _ nodes: [TemplateNode], pending: inout [(body: Int, nodes: [TemplateNode])]
  ) {
    for node in nodes {
      switch node {
      case .text(let bytes):
        code.append(.text(literal(bytes)))
      case .variable(let key, let escaped):
        code.append(.variable(key: self.key(key), escaped: escaped))
      case .section(let key, let content, let inverted):
        let at = code.count
        code.append(.text(.empty))
        emit(content, pending: &pending)
        code[at] = .section(key: self.key(key), end: Int32(code.count), inverted: inverted)
      case .partial(let include):
        let setStart = Int32(overrides.count)
        for (blockName, content) in include.overrides {
          let body = newBody()
          pending.append((body, content))
          overrides.append(Override(name: block(blockName), body: Int32(body)))
        }
        overrideSets.append(Span(start: setStart, end: Int32(overrides.count)))
        code.append(
          .partial(
            body: Int32(templateBodies[include.name] ?? -1),
            indentation: literal(include.indentation), overrides: Int32(overrideSets.count - 1)))
      case .block(let name, let content, let indentation):
        let body = newBody()
        pending.append((body, content))
        code.append(
          .block(name: block(name), fallback: Int32(body), indentation: literal(indentation)))
      }
    }
  }

  private mutating func literal(_ bytes: [UInt8]) -> Span {
    let start = Int32(literals.count)
    literals.append(contentsOf: bytes)
    return Span(start: start, end: Int32(literals.count))
  }

  private mutating func key(_ key: TemplateKey) -> Int32 {
    let start = Int32(keyIDs.count)
    keyIDs.append(contentsOf: key.components.map { names.intern($0) })
    keys.append(Span(start: start, end: Int32(keyIDs.count)))
    keyIsLocal.append(key.isLocal)
    return Int32(keys.count - 1)
  }

  private mutating func block(_ name: String) -> Int32 {
    if let id = blockNames[name] { return id }
    let id = Int32(blockNames.count)
    blockNames[name] = id
    return id
  }
}

/// One step of a ``RenderProgram``.
enum RenderInstruction: Sendable {
  /// Literal bytes.
  case text(RenderProgram.Span)
  /// The value of key `key`, HTML-escaped or not.
  case variable(key: Int32, escaped: Bool)
  /// A section over the instructions after this one, up to `end`.
  case section(key: Int32, end: Int32, inverted: Bool)
  /// `{{> name}}` or `{{< name}}`: the body of the template (-1 when there is none), with the
  /// override set `overrides` and the lines it renders indented by `indentation`.
  case partial(body: Int32, indentation: RenderProgram.Span, overrides: Int32)
  /// `{{$ name}}`: the outermost override of block `name`, else body `fallback`.
  case block(name: Int32, fallback: Int32, indentation: RenderProgram.Span)
}

/// The key names used by the templates, each with a small integer id, so that a type's fields
/// are an array indexed by id.
struct KeyNames: Sendable {
  private(set) var ids: [String: Int] = [:]

  var count: Int { ids.count }

  mutating func intern(_ name: String) -> Int {
    if let id = ids[name] { return id }
    let id = ids.count
    ids[name] = id
    return id
  }

  func id(of name: String) -> Int? { ids[name] }
}
