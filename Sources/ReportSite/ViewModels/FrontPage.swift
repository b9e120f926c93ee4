import SiteTemplates

/// The site's front page (`index.html`): every report, newest first, with its progress.
struct FrontPage: Sendable {
  let chrome: PageChrome
  let heading: String
  let publisher: String
  let reports: [FrontReport]
  let reportCount: Int
  let unitCount: Int
  let unitsHref: String
}

/// A report on the front page.
struct FrontReport: Sendable {
  let id: String
  let title: String
  /// The report's home page.
  let href: String
  /// The date of its latest round, `2020-12-16`.
  let date: String?
  let roundCount: Int
  let total: Int
  let done: Int
  let donePercent: String
  /// Whether this is the latest report.
  let isLatest: Bool
}

extension FrontPage: TemplateModel {
  static let templateFields: TemplateFields<Self> = [
    .model("chrome", \.chrome),
    .text("heading", \.heading),
    .text("publisher", \.publisher),
    .section("reports", \.reports),
    .int("reportCount", \.reportCount),
    .int("unitCount", \.unitCount),
    .text("unitsHref", \.unitsHref),
  ]
}

extension FrontReport: TemplateModel {
  static let templateFields: TemplateFields<Self> = [
    .text("id", \.id),
    .text("title", \.title),
    .text("href", \.href),
    .text("date", \.date),
    .int("roundCount", \.roundCount),
    .int("total", \.total),
    .int("done", \.done),
    .text("donePercent", \.donePercent),
    .bool("isLatest", \.isLatest),
  ]
}
