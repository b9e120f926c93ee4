/// The fields of a task that most reports leave empty (unit markers, leaders, dates and notes
/// as written, periods, the report's own spelling), kept for a task in one shared box, and
/// not at all while they are empty.
///
/// A task is copied into a round, its index and its pages' models; with these fields in
/// place, each copy took 136 bytes more (26 MiB of a build of 100,000 tasks).
struct TaskExtras: Hashable, Sendable {
  /// The fields, each empty or nil by default.
  struct Fields: Hashable, Sendable {
    var unitMarkers: [String] = []
    var leaders: [String] = []
    var due: String?
    var dueAsWritten: String?
    var note: String?
    var narrativePeriod: String?
    var earlierPeriods: [PeriodNarrative] = []
    var writtenAs = TaskSpelling()

    /// Whether every field is empty or nil.
    var isEmpty: Bool {
      unitMarkers.isEmpty && leaders.isEmpty && due == nil && dueAsWritten == nil && note == nil
        && narrativePeriod == nil && earlierPeriods.isEmpty && writtenAs.isEmpty
    }
  }

  /// The fields, never changed: a change makes a new box.
  final class Box: Hashable, Sendable {
    let fields: Fields

    init(_ fields: Fields) {
      self.fields = fields
    }

    static func == (lhs: Box, rhs: Box) -> Bool { lhs === rhs || lhs.fields == rhs.fields }

    func hash(into hasher: inout Hasher) { hasher.combine(fields) }
  }

  /// Nil exactly when every field is empty.
  private(set) var box: Box?

  /// Changes the fields.
  mutating func update(_ change: (inout Fields) -> Void) {
    var fields = box?.fields ?? Fields()
    change(&fields)
    box = fields.isEmpty ? nil : Box(fields)
  }
}
