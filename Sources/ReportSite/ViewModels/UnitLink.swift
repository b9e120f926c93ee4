import SiteTemplates

/// A responsible unit named on a task, linked to its page.
struct UnitLink: Sendable {
  let name: String
  let href: String
  let isLead: Bool
  /// Marked as working with the lead (配合); only when the report states roles.
  let isCo: Bool
}

extension UnitLink: TemplateModel {
  static let templateFields: TemplateFields<Self> = [
    .text("name", \.name),
    .text("href", \.href),
    .bool("isLead", \.isLead),
    .bool("isCo", \.isCo),
  ]
}
