import ReportModel

extension ParseState {
  /// Reads line `index` of the task being read.
  mutating func readTaskLine(_ draft: inout TaskDraft, line: ReportLine, index: Int, raw: String) {
    var label: LabelLine?
    if case .label(let found) = line, found.match.field != .number, found.match.field != .task {
      label = found
    }
    switch draft.phase {
    case .skipping:
      return
    case .text:
      if let label, !draft.has(label.match.field, period: label.match.period),
        !(label.match.field == .status && hasInlineStatus(draft))
      {
        // Blank lines before the label stand before it, not at the end of the narrative.
        var blank = ""
        while let last = draft.entries.last?.continuation.last, last.trimmedSpace.isEmpty {
          blank = last + "\n" + blank
          draft.entries[draft.entries.count - 1].continuation.removeLast()
        }
        pendingBlank = blank
        addEntry(&draft, label, index: index, raw: raw)
        return
      }
      if let label {
        diagnostics.append(
          .warning(
            location(index),
            "line looks like a second `\(label.label)` line of task \(draft.task.number); "
              + "read as part of its text",
            notes: [
              "if it starts another task, give that task its number line; otherwise reword the "
                + "line's start so that it is no label"
            ]))
      } else if case .label(let other) = line {
        diagnostics.append(
          .warning(
            location(index),
            "line starts with the label `\(other.label)`, which names a task's "
              + "\(other.match.field == .number ? "number" : "text"); read as part of task "
              + "\(draft.task.number)'s text",
            notes: ["a task starts with its number line, e.g. `\(draft.task.number + 1).任务`"]))
      } else if case .taskHeading(let number, _, _) = line, continuesNumbering(number) {
        diagnostics.append(
          .warning(
            location(index),
            "line looks like task \(number), but no label line follows it; read as part of "
              + "task \(draft.task.number)'s text",
            notes: [
              "if it is task \(number), add its label lines (`责任单位:`, `贯彻落实情况:`) under it"
            ]))
      } else if case .taskHeading(let number, _, _) = line, let next = labelFollowing(index) {
        diagnostics.append(
          .warning(
            location(index),
            "line looks like task \(number), but \(number) does not follow task "
              + "\(draft.task.number); read as part of task \(draft.task.number)'s text, and the "
              + "`\(next.label)` line after it as task \(draft.task.number)'s",
            notes: ["if it is a task, correct its number"]))
      }
      draft.entries[draft.entries.count - 1].continuation.append(raw)
    case .labels:
      if line == .blank {
        pendingBlank += raw + "\n"
      } else if let label {
        if let first = draft.entries.first(where: {
          $0.line.match.field == label.match.field && $0.line.match.period == label.match.period
        }) {
          diagnostics.append(
            .error(
              location(index), "task \(draft.task.number) has a second \(label.label) line",
              notes: ["merge it into the one at line \(first.index + 1)"]))
        } else {
          addEntry(&draft, label, index: index, raw: raw)
        }
      } else {
        reportUnlabelled(&draft, index: index)
      }
    }
  }

  /// Whether a narrative line of the task starts with a status (`贯彻落实情况:推进中。…`): then
  /// a status label after it is narrative, not a second status.
  private func hasInlineStatus(_ draft: TaskDraft) -> Bool {
    draft.entries.contains { entry in
      entry.line.match.field == .narrative && entry.line.match.period == nil
        && parser.vocabulary.definition(
          for: StatusSplitter.split(entry.line.rest, vocabulary: parser.vocabulary).status) != nil
    }
  }

  private mutating func addEntry(
    _ draft: inout TaskDraft, _ label: LabelLine, index: Int, raw: String
  ) {
    votes.colon[label.colon, default: 0] += 1
    draft.entries.append(TaskDraft.Entry(line: label, index: index, raw: pendingBlank + raw))
    pendingBlank = ""
    let field = label.match.field
    draft.phase = field == .narrative || field == .note ? .text : .labels
  }

  /// A line without a label where the task's label lines are expected.
  private mutating func reportUnlabelled(_ draft: inout TaskDraft, index: Int) {
    let number = draft.task.number
    if !draft.entries.contains(where: { $0.line.match.field.isUnits }) {
      reportMissingUnits(draft)
    } else if !draft.entries.contains(where: {
      $0.line.match.field == .status || $0.line.match.field == .narrative
    }) {
      diagnostics.append(
        .error(
          location(index), "status paragraph of task \(number) has no 贯彻落实情况 label",
          notes: ["start the line with `贯彻落实情况:`, then the status, e.g. `贯彻落实情况:推进中。…`"]))
    } else {
      let previous = draft.entries.last.map { "`\($0.line.label)` line" } ?? "heading"
      diagnostics.append(
        .error(
          location(index), "line after task \(number)'s \(previous) has no label",
          notes: [
            "start it with a label such as `进展情况:` or `备注:`, or join it to the line before"
          ]))
    }
    draft.phase = .skipping
  }

  mutating func reportMissingUnits(_ draft: TaskDraft) {
    diagnostics.append(
      .error(
        location(draft.headingLine), "task \(draft.task.number) has no 责任单位 line",
        notes: [
          "add a line `责任单位:单位一、单位二` (or `牵头单位:`, `配合单位:`) right after line "
            + "\(draft.headingLine + 1)"
        ]))
  }
}
