import ReportModel
import SiteTemplates

/// A status as a badge: its words, its category's colour class and a distinct icon shape, so
/// that no one has to tell statuses apart by colour.
///
/// A class, not a struct: a badge is pushed as a scope by `{{#badge}}` on every row and task
/// page, by reference instead of as a copy of its strings.
final class StatusBadge: Sendable {
  /// The short label, `已完成·长期坚持`.
  let label: String
  /// The status as the report wrote it, when it says more than the label.
  let written: String?
  /// The category's identifier, `done-ongoing`, for the colour class.
  let category: String
  let categoryName: String
  let iconCheck: Bool
  let iconCheckCircle: Bool
  let iconHalf: Bool
  let iconClock: Bool
  let iconAlert: Bool
  let iconEmpty: Bool

  /// The badge of `status`; `asWritten` is the status in the report's own words (which may
  /// differ from site.yml's label in punctuation width), shown when it says more than the label.
  init(_ status: StatusDefinition, asWritten: String? = nil) {
    label = status.display
    let words = asWritten ?? status.label
    written = status.display == words ? nil : words
    category = status.category.rawValue
    categoryName = status.category.displayName
    let kind = status.category
    iconCheck = kind == .done
    iconCheckCircle = kind == .doneOngoing
    iconHalf = kind == .inProgress
    iconClock = kind == .scheduled
    iconAlert = kind == .behind
    iconEmpty = kind == .notStarted
  }

  convenience init(category: StatusCategory) {
    self.init(StatusDefinition(label: category.displayName, category: category))
  }
}

extension StatusBadge: TemplateModel {
  static let templateFields: TemplateFields<StatusBadge> = [
    .text("label", \.label),
    .text("written", \.written),
    .text("category", \.category),
    .text("categoryName", \.categoryName),
    .bool("iconCheck", \.iconCheck),
    .bool("iconCheckCircle", \.iconCheckCircle),
    .bool("iconHalf", \.iconHalf),
    .bool("iconClock", \.iconClock),
    .bool("iconAlert", \.iconAlert),
    .bool("iconEmpty", \.iconEmpty),
  ]
}
