/// A set of Mustache templates, named, parsed once and checked for includes of templates that
/// do not exist. ``compile(_:for:)`` checks a template against a view-model type and gives what
/// renders pages of that type.
public struct TemplateSet: Sendable {
  /// The templates' names, sorted.
  public let names: [String]
  private let parsed: [String: [TemplateNode]]
  private let program: RenderProgram

  /// Parses `templates` (name → Mustache text); throws the first error, in the order of the
  /// names.
  public init(templates: [String: String]) throws(TemplateError) {
    names = templates.keys.sorted()
    var parsed: [String: [TemplateNode]] = [:]
    for name in names {
      parsed[name] = try TemplateParser.parse(templates[name]!, name: name)
    }
    for name in names {
      try Self.checkIncludes(parsed[name]!, among: parsed)
    }
    self.parsed = parsed
    program = RenderProgram(templates: parsed)
  }

  /// Every `{{> name}}` and `{{< name}}` must name a template, or Mustache renders nothing.
  private static func checkIncludes(_ nodes: [TemplateNode], among parsed: [String: [TemplateNode]])
    throws(TemplateError)
  {
    for node in nodes {
      switch node {
      case .text, .variable: continue
      case .section(_, let content, _), .block(_, let content, _):
        try checkIncludes(content, among: parsed)
      case .partial(let include):
        guard parsed[include.name] != nil else {
          throw TemplateError(.unknownPartial(include.name), at: include.position)
        }
        for (_, content) in include.overrides { try checkIncludes(content, among: parsed) }
      }
    }
  }

  /// Checks template `name` (and every template it includes) against view models of type
  /// `root`: every key must be a field of a view model in scope, every `{{{key}}}` rendered
  /// HTML, every `{{key}}` text or a number, in every section, whether or not data would
  /// render it.
  public func compile(_ name: String, for root: any TemplateModel.Type) throws(TemplateError)
    -> CompiledTemplate
  {
    guard let body = program.templateBodies[name] else {
      throw TemplateError(
        .unknownPartial(name), at: TemplatePosition(template: name, line: 0, column: 0))
    }
    let info = Self.info(of: root)
    var check = TemplateKeyCheck(templates: parsed)
    try check.check(name, root: info)
    return CompiledTemplate(
      template: name, root: info.id,
      renderer: TemplateRenderer(
        program: program, layout: RenderLayout(root: info, names: program.names)), body: body)
  }

  private static func info<Model: TemplateModel>(of type: Model.Type) -> TemplateTypeInfo {
    Model.templateType.info
  }
}

/// A template checked against one view-model type: renders pages of that type.
public struct CompiledTemplate: Sendable {
  public let template: String
  let root: ObjectIdentifier
  let renderer: TemplateRenderer
  let body: Int

  /// Renders `model` into `output`, which is emptied first (its capacity is kept). `model` must
  /// be of the type the template was compiled for.
  public func render<Model: TemplateModel>(_ model: Model, into output: inout [UInt8]) {
    precondition(
      ObjectIdentifier(Model.self) == root, "\(template) was compiled for another type")
    renderer.render(body: body, root: ValueBox(model), into: &output)
  }

  /// Renders `model` as ``render(_:into:)`` does, in pieces: after an element of a list, when
  /// at least a megabyte is rendered, `drain` takes the bytes so far out of `output` (and must
  /// leave it empty); `output` holds the last piece at the end. The pieces, one after another,
  /// are the bytes that ``render(_:into:)`` renders.
  public func render<Model: TemplateModel>(
    _ model: Model, into output: inout [UInt8], drain: (inout [UInt8]) -> Void
  ) {
    precondition(
      ObjectIdentifier(Model.self) == root, "\(template) was compiled for another type")
    withoutActuallyEscaping(drain) { drain in
      renderer.render(body: body, root: ValueBox(model), into: &output, drain: drain)
    }
  }

  /// The rendered text, for tests and small uses.
  public func render<Model: TemplateModel>(_ model: Model) -> String {
    var output: [UInt8] = []
    render(model, into: &output)
    return String(decoding: output, as: UTF8.self)
  }
}
