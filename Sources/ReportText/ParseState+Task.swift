import ReportModel

extension ParseState {
  mutating func readUnits(
    _ draft: inout TaskDraft, colon: String, rest: String, index: Int, raw: String
  ) {
    votes.colon[colon, default: 0] += 1
    let (names, separators) = ReportLine.splitUnits(rest)
    for separator in separators { votes.unitSeparator[separator, default: 0] += 1 }
    if names.isEmpty || names.contains(where: \.isEmpty) {
      diagnostics.append(
        .error(
          location(index),
          names.isEmpty
            ? "task \(draft.task.number) names no responsible unit"
            : "task \(draft.task.number) has an empty unit name",
          notes: ["write the units after `责任单位：`, separated by `、`"]))
    }
    draft.task.units = names.filter { !$0.isEmpty }
    draft.unitSeparators = separators
    draft.rawUnits = raw
    draft.phase = .expectStatus
  }

  mutating func readStatus(
    _ draft: inout TaskDraft, colon: String, rest: String, index: Int, raw: String
  ) {
    votes.colon[colon, default: 0] += 1
    let split = StatusSplitter.split(rest, vocabulary: parser.vocabulary)
    let status = split.status.trimmedSpace
    // The column where the status words start in the raw line.
    let labelEnd = raw.firstIndex(where: ReportLine.colons.contains).map {
      raw.distance(from: raw.startIndex, to: $0) + 2
    }
    if status.isEmpty {
      diagnostics.append(
        .error(
          location(index, column: labelEnd ?? 1), "task \(draft.task.number) has no status",
          notes: ["write the status after `贯彻落实情况：`, e.g. `贯彻落实情况：推进中。…`"]))
    } else if parser.vocabulary.definition(for: status) == nil {
      let known = parser.vocabulary.definitions.map(\.label).joined(separator: "、")
      diagnostics.append(
        .error(
          location(index, column: labelEnd ?? 1), "unknown status \"\(status)\"",
          notes: [
            "add it to statuses in \(parser.vocabularySource) with its category "
              + "(\(StatusCategory.allCases.map(\.rawValue).joined(separator: ", ")))",
            "known statuses: \(known)",
          ]))
    }
    if !split.terminator.isEmpty { votes.statusTerminator[split.terminator, default: 0] += 1 }
    draft.task.status = status
    draft.terminator = split.terminator
    let prefixLength = raw.count - split.remainder.count
    draft.rawStatusPrefix = pendingBlank + String(raw.prefix(prefixLength))
    pendingBlank = ""
    draft.narrativeLines = [split.remainder]
    draft.phase = .narrative
  }

  mutating func finishTask() {
    guard let draft = current else { return }
    current = nil
    switch draft.phase {
    case .expectUnits:
      reportMissingUnits(draft)
    case .expectStatus:
      diagnostics.append(
        .error(
          location(draft.headingLine), "task \(draft.task.number) has no 贯彻落实情况 line",
          notes: ["add `贯彻落实情况：状态。情况说明` after its 责任单位 line"]))
    case .narrative, .skipping:
      break
    }
    tasks.append(draft)
  }

  mutating func checkNumbering() {
    var previous = 0
    for draft in tasks {
      let number = draft.task.number
      if number > previous + 1 {
        let missing =
          number - previous == 2 ? "\(previous + 1)" : "\(previous + 1)–\(number - 1)"
        diagnostics.append(
          .warning(
            location(draft.headingLine), "task \(number) follows task \(previous)",
            notes: ["task \(missing) is missing; check the numbering"]))
      }
      previous = max(previous, number)
    }
  }

  func makeRound(id: RoundID) -> Round {
    let style = votes.style
    var round = Round(id: id, metadata: metadata, intro: intro, style: style)
    if ReportHeader.render(metadata, colon: style.colon) != headerLines {
      round.headerWrittenAs = headerLines
    }
    round.sections = sections.enumerated().map { offset, section in
      var section = section
      let canonical = ReportTextSpelling.sectionHeading(section)
      if rawSectionHeadings[offset] != canonical { section.writtenAs = rawSectionHeadings[offset] }
      for index in section.subsections.indices {
        let raw = rawSubsectionHeadings[offset][index]
        if raw != ReportTextSpelling.subsectionHeading(section.subsections[index], style: style) {
          section.subsections[index].writtenAs = raw
        }
      }
      return section
    }
    round.tasks = tasks.map { draft in
      var task = draft.task
      task.narrative = draft.narrativeLines.joined(separator: "\n")
      if draft.rawHeading != ReportTextSpelling.heading(task, style: style) {
        task.writtenAs.heading = draft.rawHeading
      }
      if draft.rawUnits != ReportTextSpelling.unitsLine(task.units, style: style) {
        task.writtenAs.units = draft.rawUnits
      }
      if draft.rawStatusPrefix != ReportTextSpelling.statusPrefix(task.status, style: style) {
        task.writtenAs.status = draft.rawStatusPrefix
      }
      return task
    }
    return round
  }
}

/// Counts of each spelling seen, to find the report's usual style.
struct StyleVotes {
  var colon: [String: Int] = [:]
  var numberSeparator: [String: Int] = [:]
  var openParenthesis: [String: Int] = [:]
  var closeParenthesis: [String: Int] = [:]
  var unitSeparator: [String: Int] = [:]
  var statusTerminator: [String: Int] = [:]

  var style: TextStyle {
    let standard = TextStyle.standard
    return TextStyle(
      colon: Self.winner(colon, standard.colon),
      numberSeparator: Self.winner(numberSeparator, standard.numberSeparator),
      openParenthesis: Self.winner(openParenthesis, standard.openParenthesis),
      closeParenthesis: Self.winner(closeParenthesis, standard.closeParenthesis),
      unitSeparator: Self.winner(unitSeparator, standard.unitSeparator),
      statusTerminator: Self.winner(statusTerminator, standard.statusTerminator))
  }

  /// The most used spelling; the standard one on a tie.
  private static func winner(_ votes: [String: Int], _ standard: String) -> String {
    let best = votes.values.max() ?? 0
    if best == 0 || votes[standard] == best { return standard }
    return votes.filter { $0.value == best }.keys.sorted().first!
  }
}
