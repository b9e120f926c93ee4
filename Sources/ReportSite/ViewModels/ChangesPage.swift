import SiteTemplates

/// `changes/<earlier>--<later>.html`: what moved between two rounds.
struct ChangesPage: Sendable {
  let chrome: PageChrome
  let breadcrumbs: [Crumb]
  let heading: String
  let earlierDate: String
  let laterDate: String
  let summary: String
  let groups: [ChangeGroup]
  let hasChanges: Bool
  let earlierPairs: [LinkItem]
  let hasPairs: Bool
}

/// One kind of change with its tasks.
struct ChangeGroup: Sendable {
  let id: String
  let heading: String
  let note: String
  let count: Int
  let items: [ChangeItem]
}

/// A task in a changes list, with its status before and after.
struct ChangeItem: Sendable {
  let number: Int
  let text: String
  /// The task's page; in the latest round, or the earlier round's archive for a dropped task.
  let href: String
  /// The task's responsible units, the lead first, separated by `、`.
  let units: String
  let before: StatusBadge?
  let after: StatusBadge?
}

extension ChangesPage: TemplateModel {
  static let templateFields: TemplateFields<Self> = [
    .model("chrome", \.chrome),
    .section("breadcrumbs", \.breadcrumbs),
    .text("heading", \.heading),
    .text("earlierDate", \.earlierDate),
    .text("laterDate", \.laterDate),
    .text("summary", \.summary),
    .section("groups", \.groups),
    .bool("hasChanges", \.hasChanges),
    .section("earlierPairs", \.earlierPairs),
    .bool("hasPairs", \.hasPairs),
  ]
}

extension ChangeGroup: TemplateModel {
  static let templateFields: TemplateFields<Self> = [
    .text("id", \.id),
    .text("heading", \.heading),
    .text("note", \.note),
    .int("count", \.count),
    .section("items", \.items),
  ]
}

extension ChangeItem: TemplateModel {
  static let templateFields: TemplateFields<Self> = [
    .int("number", \.number),
    .text("text", \.text),
    .text("href", \.href),
    .text("units", \.units),
    .optional("before", \.before),
    .optional("after", \.after),
  ]
}
