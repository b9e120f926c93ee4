/// `tasks/index.html`: every task, with a filter that the script enables.
struct TaskListPage: Sendable {
  let chrome: PageChrome
  let breadcrumbs: [Crumb]
  let total: Int
  let statuses: [FilterOption]
  let units: [FilterOption]
  let sections: [FilterOption]
  let tasks: [TaskRow]
}
