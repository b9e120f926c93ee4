import SiteTemplates

/// A unit's page at a former slug (site.yml's `formerSlugs`), sending the reader on to the
/// unit's page now: a meta refresh, a canonical link and a plain link.
struct RedirectPage: Sendable {
  /// The unit's canonical name.
  let name: String
  /// The unit's page, relative to the redirect page.
  let href: String
  /// The unit's page: absolute when site.yml sets a base URL, else as ``href``.
  let canonicalURL: String
}

extension RedirectPage: TemplateModel {
  static let templateFields: TemplateFields<Self> = [
    .text("name", \.name),
    .text("href", \.href),
    .text("canonicalURL", \.canonicalURL),
  ]
}
