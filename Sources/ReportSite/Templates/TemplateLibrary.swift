import Foundation
import Mustache

/// The templates folder: every `*.mustache` file parsed and compiled once, named by its file name
/// without the extension, and checked for Mustache's silent failures. Syntax errors and includes
/// of templates that do not exist fail when the folder is loaded; keys that a view model lacks
/// fail in ``checkedLayout(_:root:)`` (or ``plan(for:)``), before any page of that template and
/// page type is rendered, by a check of the template against the page type (see
/// ``TemplateKeyCheck``).
///
/// Pages render with the fast ``TemplateRenderer`` from one flat ``RenderProgram``; a template or view model it cannot handle is
/// rendered by swift-mustache through ``KeyRecorder``, the reference renderer, which also guards
/// keys as it renders.
struct TemplateLibrary: Sendable {
  /// Where the templates come from (a folder, the built-in theme, or both), for messages.
  let source: any TemplateSource
  private let library: MustacheLibrary
  private let tagsByName: [String: [TemplateTag]]
  /// Templates the fast renderer can render, by name.
  private let compiled: [String: CompiledTemplate]
  private let layouts: ViewModelLayouts
  /// The compiled templates as one flat program for the fast renderer.
  private let program: RenderProgram

  init(directory: URL, required: [String]) throws {
    try self.init(source: FolderTemplateSource(folder: directory), required: required)
  }

  init(source: any TemplateSource, required: [String]) throws {
    self.source = source
    let files = try source.templateFiles()
    var library = MustacheLibrary()
    var tagsByName: [String: [TemplateTag]] = [:]
    var compiler = TemplateCompiler()
    var compiled: [String: CompiledTemplate] = [:]
    for file in files {
      let name = String(file.dropLast(".mustache".count))
      let path = source.displayPath(of: file)
      guard let text = String(data: try source.bytes(of: file), encoding: .utf8) else {
        throw SiteBuildError.unreadableTemplates(path: path, reason: "not UTF-8 text")
      }
      let tags = TemplateTagScanner.tags(in: text)
      do {
        let template = try MustacheTemplate(string: text)
        library.register(template, named: name)
        compiled[name] = try? compiler.compile(template, name: name, tags: tags)
      } catch let error as MustacheTemplate.ParserError {
        throw SiteBuildError.templateSyntax(
          template: name, path: path, line: error.context.lineNumber,
          column: error.context.columnNumber, reason: Self.reason(error.error))
      } catch {
        throw SiteBuildError.templateSyntax(
          template: name, path: path, line: 0, column: 0, reason: Self.reason(error))
      }
      tagsByName[name] = tags
    }
    self.library = library
    self.tagsByName = tagsByName
    self.compiled = compiled
    layouts = ViewModelLayouts(names: compiler.names)
    program = RenderProgram(templates: compiled)
    for name in required where tagsByName[name] == nil {
      throw SiteBuildError.missingTemplate(name: name, path: self.path(of: name))
    }
    try checkIncludes()
  }

  /// The file of a template, for messages.
  func path(of name: String) -> String { source.displayPath(of: name + ".mustache") }

  /// How each page template renders each page type, after checking their keys; throws the
  /// first unknown key in the order of `jobs`. Call it before rendering, from one thread.
  func plan(for jobs: [RenderJob]) throws -> RenderPlan {
    var plan = RenderPlan()
    for job in jobs {
      let key = RenderPlan.Key(template: job.template, type: ObjectIdentifier(type(of: job.model)))
      guard plan.layouts[key] == nil else { continue }
      plan.layouts[key] = try check(job.template, root: type(of: job.model))
    }
    return plan
  }

  /// The layout to render pages of `root` with template `name` with, or nil for the reference
  /// renderer, after checking their keys. Call it from one thread at a time.
  func checkedLayout(_ name: String, root: Any.Type) throws -> RenderLayout? {
    try check(name, root: root)
  }

  private func check(_ name: String, root: Any.Type) throws -> RenderLayout? {
    guard let template = compiled[name], compiled.count == tagsByName.count else { return nil }
    do {
      let outcome = try TemplateKeyCheck.check(
        template, root: root, templates: compiled, layouts: layouts)
      if case .fast(let shape) = outcome { return RenderLayout(root: shape) }
      return nil
    } catch {
      throw SiteBuildError.unknownKey(
        template: error.template, path: path(of: error.template), line: error.line,
        key: error.key, model: String(describing: root))
    }
  }

  /// Renders `model` with the template `name` into `output` (emptied first), as `plan` says.
  func render(
    _ model: some Sendable, template name: String, plan: RenderPlan, into output: inout [UInt8]
  ) throws {
    let key = RenderPlan.Key(template: name, type: ObjectIdentifier(type(of: model)))
    if let layout = plan.layouts[key] ?? nil, let body = program.templateBodies[name] {
      ViewModelLayouts.withRoot(model) { root in
        TemplateRenderer.render(program, layout: layout, body: body, root: root, into: &output)
      }
    } else {
      output = Array(try render(model, template: name).utf8)
    }
  }

  /// Renders `model` with the template `name` through swift-mustache, the reference renderer;
  /// throws when the template (or a template it includes) names a key the model lacks.
  func render(_ model: Any, template name: String) throws -> String {
    let log = MissingKeyLog()
    let root = KeyRecorder(model, parent: nil, log: log)
    guard let text = library.render(root, withTemplate: name) else {
      throw SiteBuildError.missingTemplate(name: name, path: path(of: name))
    }
    if let key = log.keys.first {
      let (template, line) = location(ofKey: key, from: name)
      throw SiteBuildError.unknownKey(
        template: template, path: path(of: template), line: line, key: key,
        model: String(describing: type(of: model)))
    }
    return text
  }

  /// Every `{{> name}}` and `{{< name}}` must name a template, or Mustache renders nothing.
  private func checkIncludes() throws {
    for name in tagsByName.keys.sorted() {
      for tag in tagsByName[name] ?? [] where tag.kind == .partial || tag.kind == .parent {
        if tagsByName[tag.name] == nil {
          throw SiteBuildError.unknownPartial(
            template: name, path: path(of: name), line: tag.line, partial: tag.name)
        }
      }
    }
  }

  /// The first use of `key` in `name` or in the templates it includes, breadth first; the
  /// template itself with line 0 when no tag names it literally.
  private func location(ofKey key: String, from name: String) -> (String, Int) {
    var queue = [name]
    var visited: Set<String> = [name]
    var next = 0
    while next < queue.count {
      let current = queue[next]
      next += 1
      let tags = tagsByName[current] ?? []
      if let tag = tags.first(where: { Self.uses($0, key: key) }) { return (current, tag.line) }
      for tag in tags where tag.kind == .partial || tag.kind == .parent {
        if visited.insert(tag.name).inserted { queue.append(tag.name) }
      }
    }
    return (name, 0)
  }

  private static func uses(_ tag: TemplateTag, key: String) -> Bool {
    guard tag.kind == .variable || tag.kind == .section else { return false }
    return tag.name.split(separator: ".").contains { $0 == key }
  }

  private static func reason(_ error: Error) -> String {
    if let error = error as? MustacheTemplate.Error {
      switch error {
      case .sectionCloseNameIncorrect: return "a section is closed with a different name"
      case .unfinishedName: return "a tag is not closed"
      case .expectedSectionEnd: return "a section is never closed"
      case .invalidSetDelimiter: return "a delimiter change is malformed"
      case .transformAppliedToInheritanceSection:
        return "a transform is applied to an inheritance section"
      case .illegalTokenInsideInheritSection, .textInsideInheritSection:
        return "text or a tag inside an inherited partial outside any block"
      case .invalidConfigVariableSyntax, .unrecognisedConfigVariable:
        return "a configuration tag is malformed"
      }
    }
    if let error = error as? CocoaError, let path = error.filePath {
      return "\(error.code) at \(path)"
    }
    return String(describing: error)
  }
}
