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
  /// Responsible units in written order, as written (an inline role marker removed); the
  /// first leads unless `unitRoles` says otherwise.
  public var units: [String]
  /// The role of each unit, parallel to `units`; empty when the report states no role.
  public var unitRoles: [UnitRole] = []
  /// The status as written, e.g. `推进中,计划年底前完成`.
  public var status: String
  /// What was done, in Markdown.
  public var narrative: String
  /// The fields most reports leave empty (see ``TaskExtras``), behind the properties below.
  var extras = TaskExtras()
  /// Where the task, each field and each unit were read from, for diagnostics.
  public var locations = TaskLocations()

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
    if due != nil || !writtenAs.isEmpty {
      extras.update {
        $0.due = due
        $0.writtenAs = writtenAs
      }
    }
    locations.task = location
  }

  /// The inline role marker of each unit as written (`（牵头）`), parallel to `units`, `""` for
  /// a unit without one; empty when no unit has one. Kept for export.
  public var unitMarkers: [String] {
    get { extras.box?.fields.unitMarkers ?? [] }
    set { extras.update { $0.unitMarkers = newValue } }
  }
  /// People responsible for the task (分管领导), as written; never units.
  public var leaders: [String] {
    get { extras.box?.fields.leaders ?? [] }
    set { extras.update { $0.leaders = newValue } }
  }
  /// A due date (`YYYY-MM-DD`) set by hand, overriding what the status words imply.
  public var due: String? {
    get { extras.box?.fields.due }
    set { extras.update { $0.due = newValue } }
  }
  /// The completion deadline as the report writes it (完成时限), e.g. `2021年6月底` or
  /// `长期坚持`; a date read from it is the due date unless `due` is set.
  public var dueAsWritten: String? {
    get { extras.box?.fields.dueAsWritten }
    set { extras.update { $0.dueAsWritten = newValue } }
  }
  /// A remark (备注, 说明), as written.
  public var note: String? {
    get { extras.box?.fields.note }
    set { extras.update { $0.note = newValue } }
  }
  /// The period this round's narrative is labelled with (`1-11月` of `1-11月推进情况`), if any.
  public var narrativePeriod: String? {
    get { extras.box?.fields.narrativePeriod }
    set { extras.update { $0.narrativePeriod = newValue } }
  }
  /// Narratives of earlier periods the report prints beside this one, oldest first.
  public var earlierPeriods: [PeriodNarrative] {
    get { extras.box?.fields.earlierPeriods ?? [] }
    set { extras.update { $0.earlierPeriods = newValue } }
  }
  /// Lines of the report text that report-site would spell differently, kept for export.
  public var writtenAs: TaskSpelling {
    get { extras.box?.fields.writtenAs ?? TaskSpelling() }
    set { extras.update { $0.writtenAs = newValue } }
  }

  /// Where the task was read from.
  public var location: SourceLocation? {
    get { locations.task }
    set { locations.task = newValue }
  }

  /// Where each field was read from (``TaskLocations/subscript(_:)``); set them through
  /// ``locations``.
  public var fieldLocations: TaskLocations { locations }

  /// Where each unit was read from, in the order of `units`.
  public var unitLocations: [SourceLocation] {
    get { locations.units }
    set { locations.units = newValue }
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

extension KeyTask {
  /// The role of unit `index`: as stated, else lead for the first unit and co for the others.
  public func role(ofUnitAt index: Int) -> UnitRole {
    let stated = index < unitRoles.count ? unitRoles[index] : .unstated
    if stated != .unstated { return stated }
    if unitRoles.contains(.lead) { return .co }
    return index == 0 ? .lead : .co
  }

  /// Whether the report states the role of any unit.
  public var statesRoles: Bool { unitRoles.contains { $0 != .unstated } }

  /// The inline marker of unit `index` as written, `""` when it has none.
  public func marker(ofUnitAt index: Int) -> String {
    index < unitMarkers.count ? unitMarkers[index] : ""
  }
}

/// The fields of a task as stored in `Content/`.
public enum TaskField: String, CaseIterable, Hashable, Sendable {
  case number, section, subsection, task, units, status, due
  case roles, unitMarkers, leaders, dueAsWritten, note, period, earlierPeriods

  /// Hashed by case rather than by raw value (the default for a `String` raw type).
  public func hash(into hasher: inout Hasher) {
    hasher.combine(ordinal)
  }

  public static func == (lhs: TaskField, rhs: TaskField) -> Bool {
    lhs.ordinal == rhs.ordinal
  }

  /// The field's place in ``allCases``.
  var ordinal: Int {
    switch self {
    case .number: 0
    case .section: 1
    case .subsection: 2
    case .task: 3
    case .units: 4
    case .status: 5
    case .due: 6
    case .roles: 7
    case .unitMarkers: 8
    case .leaders: 9
    case .dueAsWritten: 10
    case .note: 11
    case .period: 12
    case .earlierPeriods: 13
    }
  }
}
