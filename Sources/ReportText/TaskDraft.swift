import ReportModel

/// A task being read: its heading and the label lines under it, resolved into a `KeyTask`
/// once the next task, section or the end of the report is reached.
struct TaskDraft {
  /// One label line of the task and the lines that continue it.
  struct Entry {
    var line: LabelLine
    /// The line's index in the report.
    var index: Int
    /// The raw line, with any blank lines before it.
    var raw: String
    /// Lines after it that continue its text (narratives and notes), as written.
    var continuation: [String] = []

    /// The entry's text: what follows the label, then its continuation lines.
    var text: String {
      ([line.rest] + continuation).joined(separator: "\n")
    }
  }

  /// What the next line of the task may be.
  enum Phase {
    /// Label lines; anything else is an error.
    case labels
    /// Label lines, or lines that continue the last entry (a narrative or a note).
    case text
    /// The rest of a task whose lines could not be read; an error was reported.
    case skipping
  }

  var task: KeyTask
  var headingLine: Int
  var rawHeading: String
  var separator: String
  var entries: [Entry] = []
  var phase = Phase.labels

  /// Whether the task has an entry for `field`, with the same period for narratives.
  func has(_ field: LabelledField, period: String? = nil) -> Bool {
    entries.contains { $0.line.match.field == field && $0.line.match.period == period }
  }
}
