import SiteTemplates

/// A plain link.
struct LinkItem: Sendable {
  let label: String
  let href: String
}

extension LinkItem: TemplateModel {
  static let templateFields: TemplateFields<Self> = [
    .text("label", \.label),
    .text("href", \.href),
  ]
}
