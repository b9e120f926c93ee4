import SiteTemplates

/// A task in a list: number, text, units and status, with the data the filter script reads.
struct TaskRow: Sendable {
  let number: Int
  let text: String
  let href: String
  let lead: String?
  let partners: String?
  let badge: StatusBadge
  /// For the filter: the category, the section number and the unit slugs separated by spaces.
  let filterStatus: String
  let filterSection: Int
  let filterUnits: String
  /// Past its due date and not done.
  let overdue: Bool
}

extension TaskRow {
  /// The same row with another link.
  func with(href: String) -> TaskRow {
    TaskRow(
      number: number, text: text, href: href, lead: lead, partners: partners, badge: badge,
      filterStatus: filterStatus, filterSection: filterSection, filterUnits: filterUnits,
      overdue: overdue)
  }
}

extension TaskRow: TemplateModel {
  static let templateFields: TemplateFields<Self> = [
    .int("number", \.number),
    .text("text", \.text),
    .text("href", \.href),
    .text("lead", \.lead),
    .text("partners", \.partners),
    .model("badge", \.badge),
    .text("filterStatus", \.filterStatus),
    .int("filterSection", \.filterSection),
    .text("filterUnits", \.filterUnits),
    .bool("overdue", \.overdue),
  ]
}
