/// `index.html`: the report at a glance.
struct HomePage: Sendable {
  let chrome: PageChrome
  let heading: String
  let publisher: String
  let date: String?
  let metadata: [MetadataItem]
  /// The intro rendered from Markdown.
  let introHTML: String?
  let progress: ProgressSummary
  let sections: [SectionSummary]
  let unitCount: Int
  let taskCount: Int
}
