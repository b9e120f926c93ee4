/// A section on the home page: its heading, link and completion.
struct SectionSummary: Sendable {
  let numeral: String
  let title: String
  let href: String
  let total: Int
  let hasTasks: Bool
  let done: Int
  let donePercent: String
}
