import ReportModel

/// The lines of a task that export may need, kept until the report's style is known.
struct RawTaskLines {
  var heading: String
  /// The one `责任单位:` line, when the units come from one.
  var units: String?
  /// The start of the line the status was read from, up to where the narrative begins.
  var statusPrefix: String?
}

extension ParseState {
  /// Ends the task being read: resolves its label lines into the task's fields.
  mutating func finishTask() {
    guard var draft = current else { return }
    current = nil
    // Blank lines at the end of a note or an earlier period's narrative belong to no text.
    for index in draft.entries.indices
    where draft.entries[index].line.match.period != nil
      || draft.entries[index].line.match.field == .note
    {
      while draft.entries[index].continuation.last?.trimmedSpace.isEmpty == true {
        draft.entries[index].continuation.removeLast()
      }
    }
    var task = draft.task
    let reported = draft.phase == .skipping
    var raw = RawTaskLines(heading: draft.rawHeading)
    let unitEntries = draft.entries.filter { $0.line.match.field.isUnits }
    if unitEntries.isEmpty {
      if !reported { reportMissingUnits(draft) }
    } else {
      readUnits(unitEntries, into: &task)
      task.locations[.units] = location(unitEntries[0].index)
      if unitEntries.count == 1, unitEntries[0].line.match.field == .units {
        raw.units = unitEntries[0].raw
      }
    }
    for entry in draft.entries {
      switch entry.line.match.field {
      case .leaders:
        task.leaders += ReportLine.splitUnits(entry.line.rest).names.filter { !$0.isEmpty }
      case .due:
        task.dueAsWritten = entry.line.rest
      case .note:
        task.note = entry.text
      default:
        break
      }
    }
    raw.statusPrefix = readStatusAndNarratives(draft, into: &task, reported: reported)
    tasks.append(task)
    taskLines.append(draft.headingLine)
    rawLines.append(raw)
  }

  /// The units of a task from its unit lines, in written order, with their roles: from the
  /// label (牵头单位, 配合单位, 责任主体与协同单位) or an inline marker (`区发改委（牵头）`).
  private mutating func readUnits(_ entries: [TaskDraft.Entry], into task: inout KeyTask) {
    var roles: [UnitRole] = []
    var markers: [String] = []
    for entry in entries {
      let (names, separators) = ReportLine.splitUnits(entry.line.rest)
      for separator in separators { votes.unitSeparator[separator, default: 0] += 1 }
      if names.isEmpty || names.contains(where: \.isEmpty) {
        diagnostics.append(
          .error(
            location(entry.index),
            names.isEmpty
              ? "task \(task.number) names no responsible unit"
              : "task \(task.number) has an empty unit name",
            notes: ["write the units after `\(entry.line.label):`, separated by `、`"]))
      }
      for (offset, name) in names.filter({ !$0.isEmpty }).enumerated() {
        var role: UnitRole =
          switch entry.line.match.field {
          case .leadUnits: .lead
          case .coUnits: .co
          case .leadAndCoUnits: offset == 0 ? .lead : .co
          default: .unstated
          }
        var unit = name
        var marker = ""
        if let split = UnitRole.splitMarker(name) {
          (unit, marker, role) = split
        }
        task.units.append(unit)
        task.locations.appendUnit(location(entry.index))
        roles.append(role)
        markers.append(marker)
      }
    }
    task.unitRoles = roles.allSatisfy { $0 == .unstated } ? [] : roles
    task.unitMarkers = markers.allSatisfy(\.isEmpty) ? [] : markers
  }

  /// Reads the status (from its own line, else from the start of this round's narrative) and
  /// the narratives; returns the raw start of the line the status was read from, when it was
  /// read from a narrative line.
  private mutating func readStatusAndNarratives(
    _ draft: TaskDraft, into task: inout KeyTask, reported: Bool
  ) -> String? {
    let narratives = draft.entries.filter { $0.line.match.field == .narrative }
    var latest: TaskDraft.Entry?
    if let index = PeriodOrder.latest(narratives.map { $0.line.match.period ?? "" }) {
      latest = narratives[index]
      let earlier = narratives.enumerated().filter { $0.offset != index }.map(\.element)
      let ordered = earlier.enumerated().sorted {
        (PeriodOrder.end(of: $0.element.line.match.period ?? "") ?? 0, $0.offset)
          < (PeriodOrder.end(of: $1.element.line.match.period ?? "") ?? 0, $1.offset)
      }
      task.earlierPeriods = ordered.map {
        PeriodNarrative(
          period: $0.element.line.match.period ?? $0.element.line.label,
          narrative: $0.element.text)
      }
      task.narrativePeriod = narratives[index].line.match.period
    }
    if let statusEntry = draft.entries.first(where: { $0.line.match.field == .status }) {
      var words = statusEntry.line.rest
      if let last = words.last, StatusSplitter.terminators.contains(last) { words.removeLast() }
      task.status = words.trimmedSpace
      task.narrative = latest?.text ?? ""
      checkStatus(
        task.status, number: task.number, index: statusEntry.index,
        column: statusEntry.line.restColumn, label: statusEntry.line.label)
      task.locations[.status] = location(statusEntry.index)
      return nil
    }
    guard let latest else {
      if !reported {
        diagnostics.append(
          .error(
            location(draft.headingLine), "task \(task.number) has no 贯彻落实情况 line",
            notes: ["add `贯彻落实情况:状态。情况说明` after its 责任单位 line"]))
      }
      return nil
    }
    let split = StatusSplitter.split(latest.line.rest, vocabulary: parser.vocabulary)
    task.status = split.status.trimmedSpace
    checkStatus(
      task.status, number: task.number, index: latest.index, column: latest.line.restColumn,
      label: latest.line.label)
    task.locations[.status] = location(latest.index)
    if !split.terminator.isEmpty { votes.statusTerminator[split.terminator, default: 0] += 1 }
    task.narrative = ([split.remainder] + latest.continuation).joined(separator: "\n")
    guard latest.line.match.period == nil else { return nil }
    return String(latest.raw.prefix(latest.raw.count - split.remainder.count))
  }

  /// Reports a status that is empty or not in the vocabulary.
  private mutating func checkStatus(
    _ status: String, number: Int, index: Int, column: Int, label: String
  ) {
    if status.isEmpty {
      diagnostics.append(
        .error(
          location(index, column: column), "task \(number) has no status",
          notes: ["write the status after `\(label):`, e.g. `\(label):推进中。…`"]))
      return
    }
    guard parser.vocabulary.definition(for: status) == nil else { return }
    let known = parser.vocabulary.definitions.map(\.label).joined(separator: "、")
    var notes = [
      "add it to statuses in \(parser.vocabularySource) with its category "
        + "(\(StatusCategory.allCases.map(\.rawValue).joined(separator: ", ")))",
      "known statuses: \(known)",
    ]
    if let (base, length) = parser.vocabulary.longestPrefix(of: status[...]),
      StatusPlan.startsAPlan(status.dropFirst(length))
    {
      notes.insert(
        "\"\(base.label)\" is followed by a plan whose date cannot be read: write it like "
          + "计划11月底前完成, 力争年内完成 or 计划2021年6月底前完成", at: 0)
    }
    diagnostics.append(
      .error(location(index, column: column), "unknown status \"\(status)\"", notes: notes))
    if let known = unknownStatuses.firstIndex(where: { $0.status == status }) {
      unknownStatuses[known].lines.append(index + 1)
    } else {
      unknownStatuses.append((status, [index + 1]))
    }
  }
}
