import ReportModel
import SiteOutput

/// The published round with tasks resolved and grouped once (by section, subsection, status
/// and unit), so that every page is built in time linear in what it shows. A class: every page
/// of the round reads it, and a copy of its many fields cost a retain of each.
final class SiteIndex: Sendable {
  struct SubsectionKey: Hashable, Sendable {
    var section: Int
    var subsection: Int?
  }

  let config: SiteConfig
  let rounds: [Round]
  let round: Round
  /// The round's date (see ``Round/date``), worked out once.
  let date: String?
  /// The round's date, or its id when it has none: how pages name the round.
  let dateLabel: String
  let tasks: [ResolvedTask]
  /// Index of a task in ``tasks`` by its number.
  let taskIndexByNumber: [Int: Int]
  let tasksBySection: [Int: [Int]]
  let tasksBySubsection: [SubsectionKey: [Int]]
  let tasksByCategory: [StatusCategory: [Int]]
  let sectionByNumber: [Int: ReportSection]
  /// Units in slug order.
  let units: [UnitEntry]
  let unitIndexByName: [String: Int]
  /// Each task's units' places in ``units``, in the task's order of units (one without an
  /// entry left out): task `t`'s are `unitPlaces[unitStarts[t]..<unitStarts[t + 1]]`,
  /// looked up once (a name of CJK text hashes slowly).
  private let unitPlaces: [Int32]
  private let unitStarts: [Int32]

  /// The index of `round`, by default the latest.
  /// `slugs` gives every unit's slug when several rounds must agree on them; `canonicalNames`
  /// the units' canonical names looked up so far.
  init(
    report: Report, round chosen: Round? = nil, slugs: [String: String]? = nil,
    canonicalNames: CanonicalUnitNames? = nil
  ) throws {
    guard let round = chosen ?? report.latest else { throw SiteBuildError.noRounds }
    let config = report.config
    self.config = config
    rounds = report.rounds
    self.round = round
    date = round.date
    dateLabel = round.date ?? round.id.rawValue
    var tasks: [ResolvedTask] = []
    tasks.reserveCapacity(round.tasks.count)
    // Statuses and units as written repeat: each spelling is looked up once.
    var statuses: [String: StatusDefinition] = [:]
    // Looked up first by the exact bytes (see `ExactText`): `String` hashes CJK text slowly.
    var exactStatuses: [ExactText: StatusDefinition] = [:]
    var canonical = CanonicalUnitNames.of(
      round, in: report, shared: canonicalNames ?? CanonicalUnitNames(config.units))
    for task in round.tasks {
      let exact = ExactText(task.status)
      guard
        let status = exactStatuses[exact] ?? statuses[task.status]
          ?? config.statuses.definition(for: task.status)
      else {
        throw SiteBuildError.unknownStatus(task: task.number, status: task.status)
      }
      if exactStatuses[exact] == nil {
        statuses[task.status] = statuses[task.status] ?? status
        exactStatuses[exact] = status
      }
      // The leads first, then the others, each unit once.
      let leads = task.units.indices.filter { task.role(ofUnitAt: $0) == .lead }
      let others = task.units.indices.filter { task.role(ofUnitAt: $0) != .lead }
      let (units, leadCount) = canonical.names(
        of: (leads + others).map { task.units[$0] }, leading: leads.count)
      tasks.append(
        ResolvedTask(task: task, status: status, units: units, leadCount: leadCount))
    }
    self.tasks = tasks
    let resolved = tasks
    taskIndexByNumber = Dictionary(
      resolved.indices.map { (resolved[$0].number, $0) }, uniquingKeysWith: { first, _ in first })
    var bySection: [Int: [Int]] = [:]
    var bySubsection: [SubsectionKey: [Int]] = [:]
    var byCategory: [StatusCategory: [Int]] = [:]
    for (index, task) in tasks.enumerated() {
      bySection[task.task.section, default: []].append(index)
      bySubsection[
        SubsectionKey(section: task.task.section, subsection: task.task.subsection),
        default: []
      ].append(index)
      byCategory[task.category, default: []].append(index)
    }
    tasksBySection = bySection
    tasksBySubsection = bySubsection
    tasksByCategory = byCategory
    sectionByNumber = Dictionary(
      round.sections.map { ($0.number, $0) }, uniquingKeysWith: { first, _ in first })
    (units, unitIndexByName) = Self.groupUnits(tasks, directory: config.units, slugs: slugs)
    (unitPlaces, unitStarts) = Self.unitPlaces(tasks, unitIndexByName)
  }

  private static func unitPlaces(_ tasks: [ResolvedTask], _ indexByName: [String: Int])
    -> (places: [Int32], starts: [Int32])
  {
    var places: [Int32] = []
    var starts: [Int32] = [0]
    starts.reserveCapacity(tasks.count + 1)
    for task in tasks {
      for unit in task.units {
        if let place = indexByName[unit] { places.append(Int32(place)) }
      }
      starts.append(Int32(places.count))
    }
    return (places, starts)
  }

  /// The places in ``units`` of the units of the task at `task` in ``tasks``, in the task's
  /// order of units (one without an entry left out).
  func unitPlaces(ofTask task: Int) -> [Int] {
    unitPlaces[Int(unitStarts[task])..<Int(unitStarts[task + 1])].map { Int($0) }
  }

  /// The index of `round` that `old`, the index of a round of the same structure (the same
  /// site.yml, slugs, sections and tasks in the same order with the same numbers, statuses
  /// and units: see ``PageInputs/structure``), resolved: its statuses, units and groups, with
  /// `round`'s tasks, which may differ from `old`'s in their narratives.
  init(sameStructureAs old: SiteIndex, round: Round, rounds: [Round]) {
    precondition(old.tasks.count == round.tasks.count, "a round of another structure")
    config = old.config
    self.rounds = rounds
    self.round = round
    date = old.date
    dateLabel = old.dateLabel
    // A task that is the very value of the old one keeps its resolved task.
    var tasks = old.tasks
    for place in KeyTask.placesNotHoldingTheSameValues(old.round.tasks, round.tasks) {
      let resolved = old.tasks[place]
      precondition(resolved.number == round.tasks[place].number, "a round of another structure")
      tasks[place] = ResolvedTask(
        task: round.tasks[place], status: resolved.status, units: resolved.units,
        leadCount: resolved.leadCount)
    }
    self.tasks = tasks
    taskIndexByNumber = old.taskIndexByNumber
    tasksBySection = old.tasksBySection
    tasksBySubsection = old.tasksBySubsection
    tasksByCategory = old.tasksByCategory
    sectionByNumber = old.sectionByNumber
    units = old.units
    unitIndexByName = old.unitIndexByName
    unitPlaces = old.unitPlaces
    unitStarts = old.unitStarts
  }

  private static func groupUnits(
    _ tasks: [ResolvedTask], directory: UnitDirectory, slugs given: [String: String]?
  ) -> (
    [UnitEntry], [String: Int]
  ) {
    var led: [String: [Int]] = [:]
    var shared: [String: [Int]] = [:]
    for (index, task) in tasks.enumerated() {
      for (position, unit) in task.units.enumerated() {
        if position < task.leadCount {
          led[unit, default: []].append(index)
        } else {
          shared[unit, default: []].append(index)
        }
      }
    }
    let names = Array(Set(led.keys).union(shared.keys))
    let slugs = given ?? UnitSlugs.slugs(for: names, directory: directory)
    let units = names.map { name in
      UnitEntry(
        name: name, slug: slugs[name]!, aliases: directory.unit(named: name)?.aliases ?? [],
        led: led[name] ?? [], shared: shared[name] ?? [])
    }.sorted { ($0.slug, $0.name) < ($1.slug, $1.name) }
    let indexByName = Dictionary(uniqueKeysWithValues: units.enumerated().map { ($1.name, $0) })
    return (units, indexByName)
  }

  func section(_ number: Int) -> ReportSection? { sectionByNumber[number] }

  func counts(_ indexes: [Int]) -> StatusCounts {
    StatusCounts(indexes.lazy.map { self.tasks[$0].category })
  }
}
