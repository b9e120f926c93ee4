import SiteTemplates

/// A link of the main navigation; the current page's item is marked for assistive technology.
struct NavItem: Sendable {
  let label: String
  let href: String
  let isCurrent: Bool
}

extension NavItem: TemplateModel {
  static let templateFields: TemplateFields<Self> = [
    .text("label", \.label),
    .text("href", \.href),
    .bool("isCurrent", \.isCurrent),
  ]
}
