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
