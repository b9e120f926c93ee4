import SiteTemplates

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
