/// One task in the full report: its words, units, status and narrative.
struct FullTask: Sendable {
  let number: Int
  let text: String
  let href: String
  let lead: String?
  let partners: String?
  let badge: StatusBadge
  let overdue: Bool
  let narrativeHTML: String
}
