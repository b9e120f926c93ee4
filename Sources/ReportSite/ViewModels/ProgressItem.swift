import SiteTemplates

/// One status category's share of a set of tasks.
struct ProgressItem: Sendable {
  let badge: StatusBadge
  let count: Int
  let total: Int
  /// `56.4%`.
  let percent: String
  /// The category's page.
  let href: String
}

extension ProgressItem: TemplateModel {
  static let templateFields: TemplateFields<Self> = [
    .model("badge", \.badge),
    .int("count", \.count),
    .int("total", \.total),
    .text("percent", \.percent),
    .text("href", \.href),
  ]
}
