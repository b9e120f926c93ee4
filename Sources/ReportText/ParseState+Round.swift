import ReportModel

extension ParseState {
  /// Warns where a task number skips numbers.
  mutating func checkNumbering() {
    var previous = 0
    for (task, line) in zip(tasks, taskLines) {
      let number = task.number
      if number > previous + 1 {
        let missing =
          number - previous == 2 ? "\(previous + 1)" : "\(previous + 1)–\(number - 1)"
        diagnostics.append(
          .warning(
            location(line), "task \(number) follows task \(previous)",
            notes: ["task \(missing) is missing; check the numbering"]))
      }
      previous = max(previous, number)
    }
  }

  /// One error that lists every unknown status of the report with its lines, and a block to
  /// paste into site.yml.
  mutating func reportUnknownStatuses() {
    var unknown = UnknownStatuses()
    for (status, lines) in unknownStatuses {
      for line in lines { unknown.add(status, line: line) }
    }
    if let diagnostic = unknown.diagnostic(path: path, vocabularySource: parser.vocabularySource) {
      diagnostics.append(diagnostic)
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
    round.tasks = zip(tasks, rawLines).map { task, raw in
      var task = task
      if raw.heading != ReportTextSpelling.heading(task, style: style) {
        task.writtenAs.heading = raw.heading
      }
      if let units = raw.units, units != ReportTextSpelling.unitsLine(task, style: style) {
        task.writtenAs.units = units
      }
      if let status = raw.statusPrefix,
        status != ReportTextSpelling.statusPrefix(task.status, style: style)
      {
        task.writtenAs.status = status
      }
      return task
    }
    return round
  }
}
