/// `tasks/<n>.html`: one task with its narrative.
struct TaskPage: Sendable {
  let chrome: PageChrome
  let breadcrumbs: [Crumb]
  let number: Int
  let text: String
  let badge: StatusBadge
  let units: [UnitLink]
  let section: LinkItem?
  /// The narrative rendered from Markdown.
  let narrativeHTML: String
  let badgeHref: String
  let previous: LinkItem?
  let next: LinkItem?
}
