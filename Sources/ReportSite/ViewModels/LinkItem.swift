/// A plain link.
struct LinkItem: Sendable {
  let label: String
  let href: String
}
