import SiteTemplates

/// The meta tags that government portals and search engines read (政府网站发展指引, 网页元数据)
/// and the Open Graph tags that sharing reads. The README's table says what each holds on each
/// kind of page.
///
/// A class, not a struct, like ``PageChrome``: the layout's `{{#portal}}` pushes it by
/// reference instead of copying its fourteen strings on every page.
final class PortalMeta: Sendable {
  let siteName: String
  /// The site's host name, only when site.yml sets a base URL.
  let siteDomain: String?
  /// 网站标识码, when the site's identity gives one.
  let siteIDCode: String?
  /// The page's column (栏目): 首页, 全部任务, the section's title, 责任单位 …
  let columnName: String
  let columnType: String
  /// The page's own title on a page about one thing (a task, the full report, a change).
  let articleTitle: String?
  /// The report's date, `2020-12-16`.
  let pubDate: String?
  /// Who published what the page shows: the report's own 发布机构.
  let contentSource: String
  /// Separated by `，`.
  let keywords: String
  let description: String
  /// The document title without the site's name, for sharing.
  let shareTitle: String
  /// `article` on a task page, `website` otherwise.
  let shareType: String
  /// The page's absolute URL and the share image's, only when site.yml sets a base URL.
  let shareURL: String?
  let shareImage: String?

  init(
    siteName: String, siteDomain: String?, siteIDCode: String?, columnName: String,
    columnType: String, articleTitle: String?, pubDate: String?, contentSource: String,
    keywords: String, description: String, shareTitle: String, shareType: String,
    shareURL: String?, shareImage: String?
  ) {
    self.siteName = siteName
    self.siteDomain = siteDomain
    self.siteIDCode = siteIDCode
    self.columnName = columnName
    self.columnType = columnType
    self.articleTitle = articleTitle
    self.pubDate = pubDate
    self.contentSource = contentSource
    self.keywords = keywords
    self.description = description
    self.shareTitle = shareTitle
    self.shareType = shareType
    self.shareURL = shareURL
    self.shareImage = shareImage
  }
}

extension PortalMeta: TemplateModel {
  static let templateFields: TemplateFields<PortalMeta> = [
    .text("siteName", \.siteName),
    .text("siteDomain", \.siteDomain),
    .text("siteIDCode", \.siteIDCode),
    .text("columnName", \.columnName),
    .text("columnType", \.columnType),
    .text("articleTitle", \.articleTitle),
    .text("pubDate", \.pubDate),
    .text("contentSource", \.contentSource),
    .text("keywords", \.keywords),
    .text("description", \.description),
    .text("shareTitle", \.shareTitle),
    .text("shareType", \.shareType),
    .text("shareURL", \.shareURL),
    .text("shareImage", \.shareImage),
  ]
}
