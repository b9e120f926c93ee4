import SiteTemplates

/// `tasks/index.html`: every task, with a filter that the script enables.
struct TaskListPage: Sendable {
  let chrome: PageChrome
  let breadcrumbs: [Crumb]
  let total: Int
  let statuses: [FilterOption]
  let units: [FilterOption]
  let sections: [FilterOption]
  let tasks: [TaskRow]
  /// The links between the pages of a long list; nil when it fits one page.
  let pagination: PageNav?
  /// The folder of the search index's scripts (see ``SearchIndex``), relative to the page.
  let searchRoot: String
  /// Whether the list spans several pages (the filter then lists results from the index).
  let paginated: Bool
}

extension TaskListPage: TemplateModel {
  static let templateFields: TemplateFields<Self> = [
    .model("chrome", \.chrome),
    .section("breadcrumbs", \.breadcrumbs),
    .int("total", \.total),
    .section("statuses", \.statuses),
    .section("units", \.units),
    .section("sections", \.sections),
    .section("tasks", \.tasks),
    .optional("pagination", \.pagination),
    .text("searchRoot", \.searchRoot),
    .bool("paginated", \.paginated),
  ]
}
