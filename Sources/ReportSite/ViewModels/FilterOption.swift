/// A choice of a filter menu.
struct FilterOption: Sendable {
  let value: String
  let label: String
}
