/// `units/index.html`: every responsible unit with its tasks and completion.
struct UnitIndexPage: Sendable {
  let chrome: PageChrome
  let breadcrumbs: [Crumb]
  let units: [UnitSummary]
}
