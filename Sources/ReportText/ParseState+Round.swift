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
    guard let first = unknownStatuses.first else { return }
    let listed = unknownStatuses.map { status, lines in
      "\"\(status)\" (line\(lines.count == 1 ? "" : "s") "
        + lines.map(String.init).joined(separator: ", ") + ")"
    }
    var block = "paste under `statuses:` in \(parser.vocabularySource), and check each category:"
    for (status, _) in unknownStatuses {
      block += "\n  - label: \(status)\n    category: \(Self.likelyCategory(of: status).rawValue)"
    }
    let count = unknownStatuses.count
    diagnostics.append(
      .error(
        location(first.lines[0] - 1),
        "the report uses \(count) unknown status\(count == 1 ? "" : "es"): "
          + listed.joined(separator: ", "),
        notes: [
          block,
          "categories: " + StatusCategory.allCases.map(\.rawValue).joined(separator: ", "),
        ]))
  }

  /// A first guess at what an unknown status means, for the block to paste; the user checks it.
  static func likelyCategory(of status: String) -> StatusCategory {
    let words: [(String, StatusCategory)] = [
      ("未启动", .notStarted), ("未开始", .notStarted), ("未开工", .notStarted),
      ("滞后", .behind), ("欠", .behind), ("未完成", .behind), ("未达", .behind), ("落后", .behind),
      ("缓慢", .behind), ("长期", .doneOngoing), ("持续", .doneOngoing), ("完成", .done),
      ("办结", .done), ("销号", .done), ("计划", .scheduled), ("力争", .scheduled),
    ]
    return words.first { status.contains($0.0) }?.1 ?? .inProgress
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
