/// One numbered key task of the report with its inspection result for one round.
/// (Not `Task`, which would shadow Swift concurrency's.)
public struct KeyTask: Hashable, Sendable {
  /// The task's number, unique within a round and stable across rounds.
  public var number: Int
  /// The number of its section.
  public var section: Int
  /// The number of its subsection within the section; nil in sections without subsections.
  public var subsection: Int?
  /// The task as the report states it.
  public var text: String
  /// Responsible units in written order, as written; the first leads.
  public var units: [String]
  /// The status as written, e.g. `推进中,计划年底前完成`.
  public var status: String
  /// What was done, in Markdown.
  public var narrative: String
  /// A due date (`YYYY-MM-DD`) set by hand, overriding what the status words imply.
  public var due: String?
  /// Lines of the report text that report-site would spell differently, kept for export.
  public var writtenAs: TaskSpelling
  /// Where the task was read from.
  public var location: SourceLocation?
  /// Where each field was read from, for diagnostics.
  public var fieldLocations: [TaskField: SourceLocation] = [:]
  /// Where each unit was read from, in the order of `units`.
  public var unitLocations: [SourceLocation] = []

  public init(
    number: Int, section: Int, subsection: Int?, text: String, units: [String], status: String,
    narrative: String, due: String? = nil, writtenAs: TaskSpelling = TaskSpelling(),
    location: SourceLocation? = nil
  ) {
    self.number = number
    self.section = section
    self.subsection = subsection
    self.text = text
    self.units = units
    self.status = status
    self.narrative = narrative
    self.due = due
    self.writtenAs = writtenAs
    self.location = location
  }
}

/// The report lines of a task exactly as written, each kept only where it differs from the
/// spelling report-site would use, and used by export only while it still says the same thing.
public struct TaskSpelling: Hashable, Sendable {
  /// The heading line, `1.严格落实…`, with any blank lines before it.
  public var heading: String?
  /// The `责任单位:` line, with any blank lines before it.
  public var units: String?
  /// The start of the `贯彻落实情况:` line up to where the narrative begins.
  public var status: String?

  public init(heading: String? = nil, units: String? = nil, status: String? = nil) {
    self.heading = heading
    self.units = units
    self.status = status
  }

  public var isEmpty: Bool { heading == nil && units == nil && status == nil }
}

/// The fields of a task as stored in `Content/`.
public enum TaskField: String, CaseIterable, Hashable, Sendable {
  case number, section, subsection, task, units, status, due

  /// Hashed by case rather than by raw value (the default for a `String` raw type): every
  /// task keeps its field locations in a dictionary.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(ordinal)
  }

  public static func == (lhs: TaskField, rhs: TaskField) -> Bool {
    lhs.ordinal == rhs.ordinal
  }

  private var ordinal: Int {
    switch self {
    case .number: 0
    case .section: 1
    case .subsection: 2
    case .task: 3
    case .units: 4
    case .status: 5
    case .due: 6
    }
  }
}
