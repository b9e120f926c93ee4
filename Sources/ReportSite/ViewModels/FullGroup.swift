import SiteTemplates

/// The tasks under one subsection heading (or none) of the full report.
struct FullGroup: Sendable {
  let id: String
  let heading: String?
  /// The heading level of each task: 3 under a section, 4 under a subsection.
  let taskLevel: Int
  let tasks: [FullTask]
}

extension FullGroup: TemplateModel {
  static let templateFields: TemplateFields<Self> = [
    .text("id", \.id),
    .text("heading", \.heading),
    .int("taskLevel", \.taskLevel),
    .section("tasks", \.tasks),
  ]
}
