/// A responsible unit named on a task, linked to its page.
struct UnitLink: Sendable {
  let name: String
  let href: String
  let isLead: Bool
}
