import SiteTemplates

/// A task in a list: number, text, units and status, with the data the filter script reads.
///
/// A class, not a struct: a row is made once per round and shared by the lists that show it
/// (see ``PageFactory/row(_:root:)``), so that putting it in a list copies one reference, not
/// its strings.
final class TaskRow: Sendable {
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

  init(
    number: Int, text: String, href: String, lead: String?, partners: String?,
    badge: StatusBadge, filterStatus: String, filterSection: Int, filterUnits: String,
    overdue: Bool
  ) {
    self.number = number
    self.text = text
    self.href = href
    self.lead = lead
    self.partners = partners
    self.badge = badge
    self.filterStatus = filterStatus
    self.filterSection = filterSection
    self.filterUnits = filterUnits
    self.overdue = overdue
  }
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
  static let templateFields: TemplateFields<TaskRow> = [
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
