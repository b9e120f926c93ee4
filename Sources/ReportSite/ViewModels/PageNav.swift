import SiteTemplates

/// The links between the pages of a long list.
struct PageNav: Sendable {
  /// `第 2 页,共 5 页`.
  let label: String
  let previous: LinkItem?
  let next: LinkItem?
  let pages: [PageNumber]
}

/// A link to one page of a long list.
struct PageNumber: Sendable {
  let number: Int
  let href: String
  let isCurrent: Bool
}

extension PageNav: TemplateModel {
  static let templateFields: TemplateFields<Self> = [
    .text("label", \.label),
    .optional("previous", \.previous),
    .optional("next", \.next),
    .section("pages", \.pages),
  ]
}

extension PageNumber: TemplateModel {
  static let templateFields: TemplateFields<Self> = [
    .int("number", \.number),
    .text("href", \.href),
    .bool("isCurrent", \.isCurrent),
  ]
}
