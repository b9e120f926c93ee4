/// `status/index.html`: the status categories with their counts.
struct StatusIndexPage: Sendable {
  let chrome: PageChrome
  let breadcrumbs: [Crumb]
  let progress: ProgressSummary
}
