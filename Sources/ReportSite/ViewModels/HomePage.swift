import SiteTemplates

/// `index.html`: the report at a glance.
struct HomePage: Sendable {
  let chrome: PageChrome
  let heading: String
  /// The site's organiser, from site.yml.
  let publisher: String
  /// The report's own 发布机构 as written in its header; site.yml's publisher when it names none.
  let reportPublisher: String
  let date: String?
  let metadata: [MetadataItem]
  /// The intro rendered from Markdown.
  let introHTML: String?
  let progress: ProgressSummary
  let sections: [SectionSummary]
  let unitCount: Int
  let taskCount: Int
  let trend: TrendChart?
  /// Tasks past their due date and not done.
  let overdue: [TaskRow]
  let hasOverdue: Bool
  /// The changes since the round before, on the latest round's home page.
  let latestChanges: LinkItem?
  /// The list of rounds; nil on an earlier round's pages.
  let roundsHref: String?
  let roundCount: Int
}

extension HomePage: TemplateModel {
  static let templateFields: TemplateFields<Self> = [
    .model("chrome", \.chrome),
    .text("heading", \.heading),
    .text("publisher", \.publisher),
    .text("reportPublisher", \.reportPublisher),
    .text("date", \.date),
    .section("metadata", \.metadata),
    .html("introHTML", \.introHTML),
    .model("progress", \.progress),
    .section("sections", \.sections),
    .int("unitCount", \.unitCount),
    .int("taskCount", \.taskCount),
    .optional("trend", \.trend),
    .section("overdue", \.overdue),
    .bool("hasOverdue", \.hasOverdue),
    .optional("latestChanges", \.latestChanges),
    .text("roundsHref", \.roundsHref),
    .int("roundCount", \.roundCount),
  ]
}
