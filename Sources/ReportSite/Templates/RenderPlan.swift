import SiteTemplates

/// What renders each pair of page template and page type: the template compiled for the type.
/// Made by ``TemplateLibrary/plan(for:)`` or a page at a time by ``PageStream``.
struct RenderPlan: Sendable {
  struct Key: Hashable, Sendable {
    let template: String
    let type: ObjectIdentifier

    init(template: String, type: ObjectIdentifier) {
      self.template = template
      self.type = type
    }

    init(_ job: RenderJob) {
      self.init(template: job.template, type: ObjectIdentifier(Swift.type(of: job.model)))
    }
  }

  var templates: [Key: CompiledTemplate] = [:]
}
