/// `sitemap.xml`, written only when the base URL is known.
struct Sitemap: Sendable {
  let urls: [String]
}
