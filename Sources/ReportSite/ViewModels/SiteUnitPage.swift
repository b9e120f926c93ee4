import SiteTemplates

/// A unit's page at the site's root (`units/<slug>.html`): its tasks in every report, grouped
/// by report, newest first.
struct SiteUnitPage: Sendable {
  let chrome: PageChrome
  let breadcrumbs: [Crumb]
  let name: String
  let aliases: String?
  let groups: [UnitReportGroup]
  /// Links to the other pages, when the unit has more than `pageSize` tasks.
  let pagination: PageNav?
}

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

extension SiteUnitPage: TemplateModel {
  static let templateFields: TemplateFields<Self> = [
    .model("chrome", \.chrome),
    .section("breadcrumbs", \.breadcrumbs),
    .text("name", \.name),
    .text("aliases", \.aliases),
    .section("groups", \.groups),
    .optional("pagination", \.pagination),
  ]
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
