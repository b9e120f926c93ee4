import SiteTemplates

/// `sitemap.xml`, written only when the base URL is known.
struct Sitemap: Sendable {
  let urls: [String]
}

extension Sitemap: TemplateModel {
  static let templateFields: TemplateFields<Self> = [
    .section("urls", \.urls)
  ]
}
