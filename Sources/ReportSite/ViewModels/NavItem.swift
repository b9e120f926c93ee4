/// A link of the main navigation; the current page's item is marked for assistive technology.
struct NavItem: Sendable {
  let label: String
  let href: String
  let isCurrent: Bool
}
