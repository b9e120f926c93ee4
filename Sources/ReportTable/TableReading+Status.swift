import ReportModel

extension TableReading {
  /// The status from the status column, or, in a table without one, from the start of the
  /// narrative (`已完成。全面落实…`, as in the report text); the narrative of this round's
  /// column and those of earlier periods.
  mutating func readStatusAndNarrative(into task: inout KeyTask, row: Int) {
    var narrative = ""
    if let (column, period) = columns.narrative {
      narrative = grid.rows[row].text(column).cellContent
      task.narrativePeriod = period
      task.locations[.period] = location(row, column)
    }
    for (column, period) in columns.earlier {
      let text = grid.rows[row].text(column).cellContent
      if !text.isEmpty {
        task.earlierPeriods.append(PeriodNarrative(period: period, narrative: text))
      }
    }
    if let column = columns.columns[.status] {
      let status = grid.rows[row].text(column).cellContent
      task.locations[.status] = location(row, column)
      task.status = status
      task.narrative = narrative
      check(status: status, of: task, at: location(row, column))
      return
    }
    let at = location(row, columns.narrative?.column)
    task.locations[.status] = at
    if let (_, length) = importer.vocabulary.longestPrefix(of: narrative[...]) {
      let rest = narrative.dropFirst(length)
      let terminators: Set<Character> = ["。", "．", ",", "，", ";", "；", "\n"]
      if rest.isEmpty || terminators.contains(rest.first!) {
        task.status = String(narrative.prefix(length))
        task.narrative = String(rest.dropFirst()).cellContent
        return
      }
    }
    task.narrative = narrative
    diagnostics.append(
      .error(
        at, "task \(task.number)\(sheetNote) has no status",
        notes: [
          columns.narrative == nil
            ? "add a column 完成状态 with each task's status"
            : "add a column 完成状态, or begin the narrative with the status, e.g. `推进中。…`"
        ]))
  }

  mutating func check(status: String, of task: KeyTask, at location: SourceLocation) {
    if status.isEmpty {
      diagnostics.append(
        .error(
          location, "task \(task.number)\(sheetNote) has no status",
          notes: ["write its status in column \(columnName(columns.columns[.status]))"]))
    } else if importer.vocabulary.definition(for: status) == nil {
      let known = importer.vocabulary.definitions.map(\.label).joined(separator: "、")
      diagnostics.append(
        .error(
          location, "unknown status \"\(status)\"\(sheetNote)",
          notes: [
            "add it to statuses in \(importer.configSource) with its category "
              + "(\(StatusCategory.allCases.map(\.rawValue).joined(separator: ", ")))",
            "known statuses: \(known)",
          ]))
      unknownStatuses.add(status, line: location.line)
    }
  }
}
