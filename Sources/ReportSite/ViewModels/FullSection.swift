/// A section of the full report with its tasks, by subsection.
struct FullSection: Sendable {
  let id: String
  let label: String
  let groups: [FullGroup]
}
