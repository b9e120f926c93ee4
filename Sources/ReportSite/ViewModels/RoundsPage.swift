import SiteTemplates

/// `rounds/index.html`: every inspection round, newest first, and `changes/index.html`.
struct RoundsPage: Sendable {
  let chrome: PageChrome
  let breadcrumbs: [Crumb]
  let heading: String
  let rounds: [RoundSummary]
  let trend: TrendChart?
}

/// A round in the list of rounds.
struct RoundSummary: Sendable {
  let date: String
  let href: String
  let isLatest: Bool
  let total: Int
  let done: Int
  let donePercent: String
  /// The changes since the round before; nil for the first round.
  let changes: LinkItem?
}

extension RoundsPage: TemplateModel {
  static let templateFields: TemplateFields<Self> = [
    .model("chrome", \.chrome),
    .section("breadcrumbs", \.breadcrumbs),
    .text("heading", \.heading),
    .section("rounds", \.rounds),
    .optional("trend", \.trend),
  ]
}

extension RoundSummary: TemplateModel {
  static let templateFields: TemplateFields<Self> = [
    .text("date", \.date),
    .text("href", \.href),
    .bool("isLatest", \.isLatest),
    .int("total", \.total),
    .int("done", \.done),
    .text("donePercent", \.donePercent),
    .optional("changes", \.changes),
  ]
}
