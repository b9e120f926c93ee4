import SiteTemplates

/// A choice of a filter menu.
struct FilterOption: Sendable {
  let value: String
  let label: String
}

extension FilterOption: TemplateModel {
  static let templateFields: TemplateFields<Self> = [
    .text("value", \.value),
    .text("label", \.label),
  ]
}
