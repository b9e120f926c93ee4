import SiteTemplates

/// One round in a task's history, newest first on the task page.
struct HistoryEntry: Sendable {
  let date: String
  let badge: StatusBadge
  /// The status of the round before, when the status changed.
  let previous: StatusBadge?
  /// The narrative of an earlier round; nil for the round the page shows (it is above).
  let narrativeHTML: String?
  let isCurrent: Bool
  /// The task's page as that round published it; nil for the latest round.
  let archiveHref: String?
}

extension HistoryEntry: TemplateModel {
  static let templateFields: TemplateFields<Self> = [
    .text("date", \.date),
    .model("badge", \.badge),
    .optional("previous", \.previous),
    .html("narrativeHTML", \.narrativeHTML),
    .bool("isCurrent", \.isCurrent),
    .text("archiveHref", \.archiveHref),
  ]
}
