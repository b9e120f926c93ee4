/// `status/<category>.html`: the tasks in one status category.
struct StatusPage: Sendable {
  let chrome: PageChrome
  let breadcrumbs: [Crumb]
  let heading: String
  let badge: StatusBadge
  let count: Int
  let percent: String
  let tasks: [TaskRow]
}
