/// Checks a whole report for problems a person can fix in `Content/`; no I/O.
public struct ReportValidator: Sendable {
  /// Where statuses and units are declared, for the notes.
  public var siteFile: String

  public init(siteFile: String) {
    self.siteFile = siteFile
  }

  public func validate(_ report: Report) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    for round in report.rounds {
      diagnostics += validate(round, config: report.config)
    }
    return diagnostics + validateAcrossRounds(report.rounds)
  }

  /// A task is matched across rounds by number; a change of its text or place is worth a look.
  func validateAcrossRounds(_ rounds: [Round]) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    var last: [Int: (round: RoundID, task: KeyTask)] = [:]
    for round in rounds {
      for task in round.tasks {
        defer { last[task.number] = (round.id, task) }
        guard let (previousRound, previous) = last[task.number] else { continue }
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
      }
    }
    return diagnostics
  }

  public func validate(_ round: Round, config: SiteConfig) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    var firstByNumber: [Int: KeyTask] = [:]
    for task in round.tasks {
      let place = task.location ?? SourceLocation(path: "task \(task.number)")
      func at(_ field: TaskField) -> SourceLocation { task.fieldLocations[field] ?? place }
      if let first = firstByNumber[task.number] {
        diagnostics.append(
          .error(
            at(.number), "duplicate task number \(task.number)",
            notes: [
              "\(first.location?.path ?? "another task") has the same number; renumber one of them"
            ]))
      } else {
        firstByNumber[task.number] = task
      }
      if task.units.isEmpty {
        diagnostics.append(
          .error(
            at(.units), "task \(task.number) has no responsible unit",
            notes: ["list its units under `units:`, the leading unit first"]))
      }
      if task.status.trimmedSpace.isEmpty {
        diagnostics.append(
          .error(
            at(.status), "task \(task.number) has no status",
            notes: ["set `status:` to one of the statuses in \(siteFile)"]))
      } else if config.statuses.definition(for: task.status) == nil {
        diagnostics.append(
          .error(
            at(.status), "unknown status \"\(task.status)\"",
            notes: [
              "add it to statuses in \(siteFile) with its category, or correct the spelling"
            ]))
      }
      for (index, unit) in task.units.enumerated() where config.units.unit(named: unit) == nil {
        let location = index < task.unitLocations.count ? task.unitLocations[index] : at(.units)
        var notes = ["add it to units in \(siteFile), or as an alias of the unit it stands for"]
        if let closest = config.units.closestName(to: unit) {
          notes.insert("did you mean \"\(closest)\"?", at: 0)
        }
        diagnostics.append(.warning(location, "unknown unit \"\(unit)\"", notes: notes))
      }
      if let section = round.section(task.section) {
        if let subsection = task.subsection, section.subsection(subsection) == nil {
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
            at(.section), "there is no section \(ChineseNumeral.text(for: task.section))",
            notes: ["use a section listed in round.yml of round \(round.id)"]))
      }
    }
    let numbers = firstByNumber.keys.sorted()
    var previous = 0
    for number in numbers {
      if number > previous + 1, let task = firstByNumber[number] {
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
}
