import SiteTemplates

/// `units/<slug>.html`: the tasks a unit leads and shares.
struct UnitPage: Sendable {
  let chrome: PageChrome
  let breadcrumbs: [Crumb]
  let name: String
  let aliases: String?
  let progress: ProgressSummary
  let ledCount: Int
  let sharedCount: Int
  let led: [TaskRow]
  let shared: [TaskRow]
  /// Whether this page of the unit's list shows the led (shared) part: it has some of its
  /// tasks, or it is the first page and the part is empty.
  let showLed: Bool
  let showShared: Bool
  let trend: TrendChart?
  /// The links between the pages of a long list; nil when it fits one page.
  let pagination: PageNav?
}

extension UnitPage: TemplateModel {
  static let templateFields: TemplateFields<Self> = [
    .model("chrome", \.chrome),
    .section("breadcrumbs", \.breadcrumbs),
    .text("name", \.name),
    .text("aliases", \.aliases),
    .model("progress", \.progress),
    .int("ledCount", \.ledCount),
    .int("sharedCount", \.sharedCount),
    .section("led", \.led),
    .section("shared", \.shared),
    .bool("showLed", \.showLed),
    .bool("showShared", \.showShared),
    .optional("trend", \.trend),
    .optional("pagination", \.pagination),
  ]
}
