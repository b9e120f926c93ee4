/// What the layout shows on every page: titles, navigation, footer and the way back to the
/// site root.
struct PageChrome: Sendable {
  /// The relative path from the page to the site root: `""` or `../`; an absolute URL on the
  /// 404 page when the site's base URL is known.
  let root: String
  /// The document title, `页面 - 站点`.
  let documentTitle: String
  let siteTitle: String
  let publisher: String
  /// The report's date, `2020-12-16`.
  let date: String?
  /// The page's absolute URL, only when site.yml sets a base URL.
  let canonicalURL: String?
  let nav: [NavItem]
}
