import ReportModel

/// A line that starts with a label of the label table and a colon: `牵头单位:区发改委`.
struct LabelLine: Equatable {
  /// What the label names.
  var match: LabelMatch
  /// The label as written, before the colon.
  var label: String
  /// The colon as written, `:` or `：`.
  var colon: String
  /// What follows the colon, trimmed of spaces.
  var rest: String
  /// The column (from 1) where `rest` starts in the raw line.
  var restColumn: Int
}
