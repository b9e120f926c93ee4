import SiteTemplates

/// `feed.xml`: an Atom 1.0 feed with one entry per round, newest first.
struct Feed: Sendable {
  let id: String
  let title: String
  let author: String
  let updated: String
  /// The feed's own absolute URL, only when the base URL is known.
  let selfURL: String?
  let homeHref: String
  let entries: [FeedEntry]
}

/// A round as a feed entry.
struct FeedEntry: Sendable {
  let id: String
  let title: String
  let updated: String
  let href: String
  let summary: String
}

extension Feed: TemplateModel {
  static let templateFields: TemplateFields<Self> = [
    .text("id", \.id),
    .text("title", \.title),
    .text("author", \.author),
    .text("updated", \.updated),
    .text("selfURL", \.selfURL),
    .text("homeHref", \.homeHref),
    .section("entries", \.entries),
  ]
}

extension FeedEntry: TemplateModel {
  static let templateFields: TemplateFields<Self> = [
    .text("id", \.id),
    .text("title", \.title),
    .text("updated", \.updated),
    .text("href", \.href),
    .text("summary", \.summary),
  ]
}
