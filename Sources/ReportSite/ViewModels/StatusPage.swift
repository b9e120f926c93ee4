import SiteTemplates

/// `status/<category>.html`: the tasks in one status category.
struct StatusPage: Sendable {
  let chrome: PageChrome
  let breadcrumbs: [Crumb]
  let heading: String
  let badge: StatusBadge
  let count: Int
  let percent: String
  let tasks: [TaskRow]
  /// The links between the pages of a long list; nil when it fits one page.
  let pagination: PageNav?
}

extension StatusPage: TemplateModel {
  static let templateFields: TemplateFields<Self> = [
    .model("chrome", \.chrome),
    .section("breadcrumbs", \.breadcrumbs),
    .text("heading", \.heading),
    .model("badge", \.badge),
    .int("count", \.count),
    .text("percent", \.percent),
    .section("tasks", \.tasks),
    .optional("pagination", \.pagination),
  ]
}
