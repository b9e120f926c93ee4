import SiteTemplates

/// `tasks/<n>.html`: one task with its narrative.
///
/// A class, not a struct: the renderer takes the page as its root scope by reference, where a
/// struct's strings would all be copied (retained and released) once more per page.
final class TaskPage: Sendable {
  let chrome: PageChrome
  let breadcrumbs: [Crumb]
  let number: Int
  let text: String
  let badge: StatusBadge
  let units: [UnitLink]
  let section: LinkItem?
  /// The narrative rendered from Markdown.
  let narrativeHTML: String
  /// The embeddable SVG badge; only the latest round has badges.
  let badgeHref: String?
  let previous: LinkItem?
  let next: LinkItem?
  /// Every round's result, newest first; empty on an earlier round's pages.
  let history: [HistoryEntry]
  let hasHistory: Bool
  /// Set when the task was worded differently in the round before.
  let textChange: TextChange?
  let deadline: DeadlineNote?
  /// The people responsible (分管领导), joined by `、`; nil when the report names none.
  let leaders: String?
  /// The completion deadline as the report writes it (完成时限).
  let dueAsWritten: String?
  /// The report's remark (备注).
  let note: String?
  /// On an earlier round's page: the task's current page.
  let latestHref: String?

  init(
    chrome: PageChrome, breadcrumbs: [Crumb], number: Int, text: String, badge: StatusBadge,
    units: [UnitLink], section: LinkItem?, narrativeHTML: String, badgeHref: String?,
    previous: LinkItem?, next: LinkItem?, history: [HistoryEntry], hasHistory: Bool,
    textChange: TextChange?, deadline: DeadlineNote?, leaders: String?, dueAsWritten: String?,
    note: String?, latestHref: String?
  ) {
    self.chrome = chrome
    self.breadcrumbs = breadcrumbs
    self.number = number
    self.text = text
    self.badge = badge
    self.units = units
    self.section = section
    self.narrativeHTML = narrativeHTML
    self.badgeHref = badgeHref
    self.previous = previous
    self.next = next
    self.history = history
    self.hasHistory = hasHistory
    self.textChange = textChange
    self.deadline = deadline
    self.leaders = leaders
    self.dueAsWritten = dueAsWritten
    self.note = note
    self.latestHref = latestHref
  }
}

/// The task's wording in the round before, when it differs.
struct TextChange: Sendable {
  let date: String
  let text: String
}

/// When the task is due, and whether it is overdue as of the round shown.
struct DeadlineNote: Sendable {
  let due: String
  let overdue: Bool
  /// Where the date comes from, in words.
  let source: String
}

extension TaskPage: TemplateModel {
  static let templateFields: TemplateFields<TaskPage> = [
    .model("chrome", \.chrome),
    .section("breadcrumbs", \.breadcrumbs),
    .int("number", \.number),
    .text("text", \.text),
    .model("badge", \.badge),
    .section("units", \.units),
    .optional("section", \.section),
    .html("narrativeHTML", \.narrativeHTML),
    .text("badgeHref", \.badgeHref),
    .optional("previous", \.previous),
    .optional("next", \.next),
    .section("history", \.history),
    .bool("hasHistory", \.hasHistory),
    .optional("textChange", \.textChange),
    .optional("deadline", \.deadline),
    .text("leaders", \.leaders),
    .text("dueAsWritten", \.dueAsWritten),
    .text("note", \.note),
    .text("latestHref", \.latestHref),
  ]
}

extension TextChange: TemplateModel {
  static let templateFields: TemplateFields<Self> = [
    .text("date", \.date),
    .text("text", \.text),
  ]
}

extension DeadlineNote: TemplateModel {
  static let templateFields: TemplateFields<Self> = [
    .text("due", \.due),
    .bool("overdue", \.overdue),
    .text("source", \.source),
  ]
}
