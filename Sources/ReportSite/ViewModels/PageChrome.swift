import SiteTemplates

/// What the layout shows on every page: titles, navigation, footer and the way back to the
/// site root.
///
/// A class, not a struct: the layout's `{{#chrome}}` pushes the chrome as a scope, and a class
/// is pushed by reference, where a struct's twenty strings would be copied (retained and
/// released) on every page.
final class PageChrome: Sendable {
  /// The relative path from the page to the site root: `""` or `../`; an absolute URL on the
  /// 404 page when the site's base URL is known.
  let root: String
  /// The relative path from the page to the site root, for assets, open data and the feed;
  /// the same as ``root`` except on an earlier round's pages.
  let assetRoot: String
  /// The relative path from the page to its report's folder, for the report's open data and
  /// feed (the site root on the site's own pages).
  let reportRoot: String
  /// The report's rounds page; nil on the site's own pages.
  let roundsHref: String?
  /// The site's front page, which leads to every report.
  let frontHref: String
  /// The document title, `页面 - 站点`.
  let documentTitle: String
  let siteTitle: String
  let publisher: String
  /// The report's date, `2020-12-16`.
  let date: String?
  /// The page's absolute URL, only when site.yml sets a base URL.
  let canonicalURL: String?
  /// Set on an earlier round's pages.
  let archive: ArchiveNotice?
  let nav: [NavItem]
  /// The site's identity (主办单位, ICP备案号 …), nil when site.yml sets none.
  let identity: IdentityFooter?
  /// site.yml's `params:`, in order.
  let params: [ThemeParam]
  /// The description, government meta tags and Open Graph tags of the page.
  let portal: PortalMeta

  init(
    root: String, assetRoot: String, reportRoot: String, roundsHref: String?,
    frontHref: String, documentTitle: String, siteTitle: String, publisher: String,
    date: String?, canonicalURL: String?, archive: ArchiveNotice?, nav: [NavItem],
    identity: IdentityFooter?, params: [ThemeParam], portal: PortalMeta
  ) {
    self.root = root
    self.assetRoot = assetRoot
    self.reportRoot = reportRoot
    self.roundsHref = roundsHref
    self.frontHref = frontHref
    self.documentTitle = documentTitle
    self.siteTitle = siteTitle
    self.publisher = publisher
    self.date = date
    self.canonicalURL = canonicalURL
    self.archive = archive
    self.nav = nav
    self.identity = identity
    self.params = params
    self.portal = portal
  }
}

/// The notice on every page of an earlier round: this is how it was, not how it is.
struct ArchiveNotice: Sendable {
  /// The date of the round the page shows.
  let date: String
  let latestDate: String
  let latestHref: String
}

extension PageChrome: TemplateModel {
  static let templateFields: TemplateFields<PageChrome> = [
    .text("root", \.root),
    .text("assetRoot", \.assetRoot),
    .text("reportRoot", \.reportRoot),
    .text("roundsHref", \.roundsHref),
    .text("frontHref", \.frontHref),
    .text("documentTitle", \.documentTitle),
    .text("siteTitle", \.siteTitle),
    .text("publisher", \.publisher),
    .text("date", \.date),
    .text("canonicalURL", \.canonicalURL),
    .optional("archive", \.archive),
    .section("nav", \.nav),
    .optional("identity", \.identity),
    .section("params", \.params),
    .model("portal", \.portal),
  ]
}

extension ArchiveNotice: TemplateModel {
  static let templateFields: TemplateFields<Self> = [
    .text("date", \.date),
    .text("latestDate", \.latestDate),
    .text("latestHref", \.latestHref),
  ]
}
