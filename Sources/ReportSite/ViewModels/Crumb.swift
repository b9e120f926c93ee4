import SiteTemplates

/// One step of a breadcrumb trail; the last one, the current page, has no link.
struct Crumb: Sendable {
  let label: String
  let href: String?
}

extension Crumb: TemplateModel {
  static let templateFields: TemplateFields<Self> = [
    .text("label", \.label),
    .text("href", \.href),
  ]
}
