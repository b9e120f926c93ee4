import SiteTemplates

/// A section of the full report with its tasks, by subsection.
struct FullSection: Sendable {
  let id: String
  let label: String
  let groups: [FullGroup]
}

extension FullSection: TemplateModel {
  static let templateFields: TemplateFields<Self> = [
    .text("id", \.id),
    .text("label", \.label),
    .section("groups", \.groups),
  ]
}
