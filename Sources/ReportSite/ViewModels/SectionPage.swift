/// `sections/<n>.html`: a section's tasks under their subsection headings.
struct SectionPage: Sendable {
  let chrome: PageChrome
  let breadcrumbs: [Crumb]
  let heading: String
  let progress: ProgressSummary
  let groups: [TaskGroup]
  let previous: LinkItem?
  let next: LinkItem?
  let trend: TrendChart?
}
