/// Checks a whole report for problems a person can fix in `Content/`; no I/O.
public struct ReportValidator: Sendable {
  /// Where statuses and units are declared, for the notes.
  public var siteFile: String

  public init(siteFile: String) {
    self.siteFile = siteFile
  }

  public func validate(_ report: Report) -> [Diagnostic] {
    // Rounds on every core, and the comparison across them meanwhile; the diagnostics come
    // in the order of a pass over the rounds, then across them.
    let rounds = report.rounds
    let config = report.config
    let parts = parallelMap(Array(0...rounds.count), chunkSize: 1) { part in
      part < rounds.count ? validate(rounds[part], config: config) : validateAcrossRounds(rounds)
    }
    return Array(parts.joined())
  }

  /// A task is matched across rounds by number; a change of its text or place is worth a look.
  func validateAcrossRounds(_ rounds: [Round]) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    /// Where the task of each number was last seen: the round's index and the task's.
    var last: [Int: (round: Int, task: Int)] = [:]
    for roundIndex in rounds.indices {
      // Tasks are read in place, field by field: a copy of each would cost more than the check.
      rounds[roundIndex].tasks.withUnsafeBufferPointer { tasks in
        last.reserveCapacity(tasks.count)
        for index in tasks.indices {
          let number = tasks[index].number
          guard let seen = last.updateValue((roundIndex, index), forKey: number) else { continue }
          rounds[seen.round].tasks.withUnsafeBufferPointer { previous in
            let moved =
              tasks[index].section != previous[seen.task].section
              || tasks[index].subsection != previous[seen.task].subsection
              || !Self.sameText(tasks[index].text, previous[seen.task].text)
            if moved {
              diagnostics += changes(
                of: tasks[index], since: previous[seen.task], in: rounds[seen.round].id)
            }
          }
        }
      }
    }
    return diagnostics
  }

  /// Whether two task texts are the same once trimmed; quick when they are the same bytes, as
  /// they mostly are.
  private static func sameText(_ text: String, _ other: String) -> Bool {
    text.hasSameUTF8(as: other) || text.trimmedSpace == other.trimmedSpace
  }

  /// The warnings for a task whose text or place differs from its previous round's.
  private func changes(of task: KeyTask, since previous: KeyTask, in previousRound: RoundID)
    -> [Diagnostic]
  {
    var diagnostics: [Diagnostic] = []
    let note =
      "tasks are matched across rounds by number; if this is another task, give it a new number"
    if previous.text.trimmedSpace != task.text.trimmedSpace {
      diagnostics.append(
        .warning(
          task.fieldLocations[.task] ?? task.location ?? SourceLocation(path: ""),
          "task \(task.number)'s text differs from round \(previousRound)", notes: [note]))
    }
    if previous.section != task.section || previous.subsection != task.subsection {
      diagnostics.append(
        .warning(
          task.fieldLocations[.section] ?? task.location ?? SourceLocation(path: ""),
          "task \(task.number) moved to another section since round \(previousRound)",
          notes: [note]))
    }
    return diagnostics
  }

  public func validate(_ round: Round, config: SiteConfig) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    /// The index of the first task of each number, and the numbers in task order.
    var firstByNumber: [Int: Int] = [:]
    firstByNumber.reserveCapacity(round.tasks.count)
    var numbers: [Int] = []
    var spellings = Spellings()
    round.tasks.withUnsafeBufferPointer { tasks in
      for index in tasks.indices {
        let number = tasks[index].number
        let first = firstByNumber[number]
        if first == nil {
          firstByNumber[number] = index
          numbers.append(number)
        }
        diagnostics += problems(
          ofTask: index, in: tasks, round: round, config: config, firstOfNumber: first,
          spellings: &spellings)
      }
    }
    // Tasks are mostly in number order already.
    if zip(numbers, numbers.dropFirst()).contains(where: { $0 > $1 }) { numbers.sort() }
    var previous = 0
    for number in numbers {
      if number > previous + 1, let task = firstByNumber[number].map({ round.tasks[$0] }) {
        let missing =
          number - previous == 2 ? "\(previous + 1)" : "\(previous + 1)–\(number - 1)"
        diagnostics.append(
          .warning(
            task.fieldLocations[.number] ?? task.location ?? SourceLocation(path: ""),
            "task \(number) follows task \(previous) in round \(round.id)",
            notes: ["task \(missing) is missing; check the numbering"]))
      }
      previous = number
    }
    return diagnostics
  }

  /// What the checks of a round's tasks work out once per spelling (the same bytes): a report
  /// repeats its statuses and units tens of thousands of times, and each answer is a function
  /// of the text alone.
  private struct Spellings {
    var knownStatuses: [ExactText: Bool] = [:]
    var knownUnits: [ExactText: Bool] = [:]
    /// The closest known name of each unknown unit: each search compares the name with every
    /// known one.
    var suggestions: [String: String?] = [:]

    mutating func isKnown(status: String, in vocabulary: StatusVocabulary) -> Bool {
      let key = ExactText(status)
      if let known = knownStatuses[key] { return known }
      let known = vocabulary.definition(for: status) != nil
      knownStatuses[key] = known
      return known
    }

    mutating func isKnown(unit: String, in directory: UnitDirectory) -> Bool {
      let key = ExactText(unit)
      if let known = knownUnits[key] { return known }
      let known = directory.unit(named: unit) != nil
      knownUnits[key] = known
      return known
    }

    mutating func closest(to unit: String, in directory: UnitDirectory) -> String? {
      if let known = suggestions[unit] { return known }
      let found = directory.closestName(to: unit)
      suggestions[unit] = found
      return found
    }
  }

  /// The problems of task `index` of `round`, read field by field from `tasks`, the round's
  /// tasks (a copy of the whole task would cost more than the checks); `firstOfNumber` is the
  /// index of an earlier task of the same number.
  private func problems(
    ofTask index: Int, in tasks: UnsafeBufferPointer<KeyTask>, round: Round, config: SiteConfig,
    firstOfNumber: Int?, spellings: inout Spellings
  ) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    let number = tasks[index].number
    let status = tasks[index].status
    func at(_ field: TaskField) -> SourceLocation {
      tasks[index].fieldLocations[field] ?? tasks[index].location
        ?? SourceLocation(path: "task \(number)")
    }
    if let first = firstOfNumber {
      let firstPath = tasks[first].location?.path
      diagnostics.append(
        .error(
          at(.number), "duplicate task number \(number)",
          notes: ["\(firstPath ?? "another task") has the same number; renumber one of them"]))
    }
    if tasks[index].units.isEmpty {
      diagnostics.append(
        .error(
          at(.units), "task \(number) has no responsible unit",
          notes: ["list its units under `units:`, the leading unit first"]))
    }
    if let tooLong = FieldLength.problem(status, field: "status", at: at(.status)) {
      diagnostics.append(tooLong)
    } else if status.trimmedSpace.isEmpty {
      diagnostics.append(
        .error(
          at(.status), "task \(number) has no status",
          notes: ["set `status:` to one of the statuses in \(siteFile)"]))
    } else if !spellings.isKnown(status: status, in: config.statuses) {
      diagnostics.append(
        .error(
          at(.status), "unknown status \"\(status)\"",
          notes: [
            "add it to statuses in \(siteFile) with its category, or correct the spelling"
          ]))
    }
    for (position, unit) in tasks[index].units.enumerated() {
      // Where the unit is written; made only for a problem.
      func location() -> SourceLocation {
        let places = tasks[index].fieldLocations
        return position < places.unitCount ? places.unit(at: position) : at(.units)
      }
      if FieldLength.isTooLong(unit),
        let tooLong = FieldLength.problem(unit, field: "unit name", at: location())
      {
        diagnostics.append(tooLong)
        continue
      }
      guard !spellings.isKnown(unit: unit, in: config.units) else { continue }
      var notes = ["add it to units in \(siteFile), or as an alias of the unit it stands for"]
      if let closest = spellings.closest(to: unit, in: config.units) {
        notes.insert("did you mean \"\(closest)\"?", at: 0)
      }
      diagnostics.append(.warning(location(), "unknown unit \"\(unit)\"", notes: notes))
    }
    if let section = round.section(tasks[index].section) {
      if let subsection = tasks[index].subsection, section.subsection(subsection) == nil {
        diagnostics.append(
          .error(
            at(.subsection),
            "section \(section.numeral) has no subsection "
              + "(\(ChineseNumeral.text(for: subsection)))",
            notes: [
              "use one of the subsections listed under section \(section.numeral) in round.yml, "
                + "or add it there"
            ]))
      }
    } else {
      diagnostics.append(
        .error(
          at(.section), "there is no section \(ChineseNumeral.text(for: tasks[index].section))",
          notes: ["use a section listed in round.yml of round \(round.id)"]))
    }
    return diagnostics
  }
}
