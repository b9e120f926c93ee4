/// One step of a breadcrumb trail; the last one, the current page, has no link.
struct Crumb: Sendable {
  let label: String
  let href: String?
}
