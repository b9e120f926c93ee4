import SiteTemplates

/// The tasks under one subsection heading, or under none in a section without subsections.
struct TaskGroup: Sendable {
  /// The heading's id, for links from breadcrumbs.
  let id: String
  let heading: String?
  let tasks: [TaskRow]
}

extension TaskGroup: TemplateModel {
  static let templateFields: TemplateFields<Self> = [
    .text("id", \.id),
    .text("heading", \.heading),
    .section("tasks", \.tasks),
  ]
}
