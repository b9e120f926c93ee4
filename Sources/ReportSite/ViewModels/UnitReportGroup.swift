import SiteTemplates

/// A unit's tasks in one report's latest round.
struct UnitReportGroup: Sendable {
  /// The id of the group's heading, `h-2021`.
  let headingID: String
  let title: String
  /// The report's home page.
  let href: String
  let date: String?
  let total: Int
  let done: Int
  let donePercent: String
  let ledCount: Int
  let sharedCount: Int
  let led: [TaskRow]
  let shared: [TaskRow]
  let hasLed: Bool
  let hasShared: Bool
}

extension UnitReportGroup: TemplateModel {
  static let templateFields: TemplateFields<Self> = [
    .text("headingID", \.headingID),
    .text("title", \.title),
    .text("href", \.href),
    .text("date", \.date),
    .int("total", \.total),
    .int("done", \.done),
    .text("donePercent", \.donePercent),
    .int("ledCount", \.ledCount),
    .int("sharedCount", \.sharedCount),
    .section("led", \.led),
    .section("shared", \.shared),
    .bool("hasLed", \.hasLed),
    .bool("hasShared", \.hasShared),
  ]
}
