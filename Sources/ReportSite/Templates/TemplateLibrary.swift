import Foundation
import SiteOutput
import SiteTemplates

/// The templates folder: every `*.mustache` file parsed once (see ``TemplateSet``), named by its
/// file name without the extension. Syntax errors, refused features and includes of templates
/// that do not exist fail when the folder is loaded; keys that a view model lacks, and values
/// written in a way their kind does not allow, fail in ``compile(_:for:)`` (or ``plan(for:)``),
/// before any page of that template and page type is rendered.
struct TemplateLibrary: Sendable {
  /// Where the templates come from (a folder, the built-in theme, or both), for messages.
  let source: any TemplateSource
  private let templates: TemplateSet

  init(directory: URL, required: [String]) throws {
    try self.init(source: FolderTemplateSource(folder: directory), required: required)
  }

  init(source: any TemplateSource, required: [String]) throws {
    self.source = source
    var texts: [String: String] = [:]
    for file in try source.templateFiles() {
      let name = String(file.dropLast(".mustache".count))
      guard let text = String(data: try source.bytes(of: file), encoding: .utf8) else {
        throw SiteBuildError.unreadableTemplates(
          path: source.displayPath(of: file), reason: "not UTF-8 text")
      }
      texts[name] = text
    }
    for name in required where texts[name] == nil {
      throw SiteBuildError.missingTemplate(
        name: name, path: source.displayPath(of: name + ".mustache"))
    }
    do {
      templates = try TemplateSet(templates: texts)
    } catch {
      throw Self.siteError(error, source: source, model: nil)
    }
  }

  /// The file of a template, for messages.
  func path(of name: String) -> String { source.displayPath(of: name + ".mustache") }

  /// Template `name` checked against view models of type `root`, ready to render them. Call
  /// it once per pair.
  func compile(_ name: String, for root: any TemplateModel.Type) throws -> CompiledTemplate {
    do {
      return try templates.compile(name, for: root)
    } catch {
      throw Self.siteError(error, source: source, model: String(describing: root))
    }
  }

  /// How each page template renders each page type, after checking their keys; throws the
  /// first error in the order of `jobs`.
  func plan(for jobs: [RenderJob]) throws -> RenderPlan {
    var plan = RenderPlan()
    for job in jobs {
      let key = RenderPlan.Key(job)
      guard plan.templates[key] == nil else { continue }
      plan.templates[key] = try compile(job.template, for: type(of: job.model))
    }
    return plan
  }

  /// Renders `model` with the template `name` into `output` (emptied first), as `plan` says.
  func render(
    _ model: some TemplateModel, template name: String, plan: RenderPlan,
    into output: inout [UInt8], drain: ((inout [UInt8]) -> Void)? = nil
  ) {
    let key = RenderPlan.Key(template: name, type: ObjectIdentifier(type(of: model)))
    guard let compiled = plan.templates[key] else {
      preconditionFailure("\(name) was not compiled for \(type(of: model))")
    }
    if let drain {
      compiled.render(model, into: &output, drain: drain)
    } else {
      compiled.render(model, into: &output)
    }
  }

  private static func siteError(
    _ error: TemplateError, source: any TemplateSource, model: String?
  )
    -> SiteBuildError
  {
    let position = error.position
    let path = source.displayPath(of: position.template + ".mustache")
    switch error.reason {
    case .unknownPartial(let partial):
      return .unknownPartial(
        template: position.template, path: path, line: position.line, column: position.column,
        partial: partial)
    case .unknownKey(let key, let owner):
      return .unknownKey(
        template: position.template, path: path, line: position.line, column: position.column,
        key: key, model: model ?? owner)
    case .syntax, .unsupported:
      return .templateSyntax(
        template: position.template, path: path, line: position.line, column: position.column,
        reason: error.message)
    case .unescapedText, .notText:
      return .templateMisuse(
        template: position.template, path: path, line: position.line, column: position.column,
        reason: error.message, note: error.note)
    }
  }

  private static func reason(_ error: Error) -> String {
    if let error = error as? CocoaError, let path = error.filePath {
      return "\(error.code) at \(path)"
    }
    return String(describing: error)
  }
}
