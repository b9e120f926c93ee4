/// A responsible unit named on a task, linked to its page.
struct UnitLink: Sendable {
  let name: String
  let href: String
  let isLead: Bool
  /// Marked as working with the lead (配合); only when the report states roles.
  let isCo: Bool
}
