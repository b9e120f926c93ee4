import ReportModel

extension TableReading {
  /// The heading a row holds: one filled cell `一、…` or `(一)…`, or a number cell holding
  /// only `一` or `(一)` beside one other cell with the title.
  func heading(row: Int, filled: [Int]) -> TableHeading? {
    let cells = grid.rows[row]
    if filled.count == 1 {
      return TableHeading(cells.text(filled[0]).cellContent)
    }
    if filled.count == 2, let numberColumn = columns.columns[.number], filled[0] == numberColumn {
      return TableHeading(
        number: cells.text(numberColumn), title: cells.text(filled[1]).cellContent)
    }
    return nil
  }

  mutating func add(_ heading: TableHeading, row: Int) {
    if heading.isSection {
      if sections.contains(where: { $0.number == heading.number }) {
        diagnostics.append(
          .error(
            location(row),
            "section \(ChineseNumeral.text(for: heading.number)) appears twice\(sheetNote)",
            notes: ["number the sections 一、二、三 … through the table"]))
        return
      }
      sections.append(
        ReportSection(number: heading.number, title: heading.title, writtenAs: heading.writtenAs))
      return
    }
    if sections.isEmpty { sections.append(implicitSection) }
    let last = sections.count - 1
    if sections[last].subsection(heading.number) != nil {
      diagnostics.append(
        .error(
          location(row),
          "subsection (\(ChineseNumeral.text(for: heading.number))) appears twice in section "
            + "\(sections[last].numeral)\(sheetNote)",
          notes: ["number the subsections (一)(二)(三) … within each section"]))
      return
    }
    sections[last].subsections.append(
      ReportSubsection(number: heading.number, title: heading.title, writtenAs: heading.writtenAs))
  }

  /// In a table with a category column, a task row whose category differs from the last one's
  /// starts a section titled by it (numbered by it when it reads `一、…`, else in order).
  mutating func startCategorySection(row: Int) {
    guard let column = columns.category else { return }
    let text = grid.rows[row].text(column).cellContent
    guard !text.isEmpty, text != currentCategory else { return }
    currentCategory = text
    let heading =
      TableHeading(text).flatMap { $0.isSection ? $0 : nil }
      ?? TableHeading(section: (sections.map(\.number).max() ?? 0) + 1, title: text)
    add(heading, row: row)
  }

  /// The one section of a table that has no section rows: titled by the sheet when the
  /// workbook names it, else `重点任务`.
  var implicitSection: ReportSection {
    let name = grid.name
    let isDefault =
      name.isEmpty || name.contains(".") || name.hasPrefix("Sheet") || name.hasPrefix("工作表")
      || name.hasPrefix("表")
    return ReportSection(number: 1, title: isDefault ? "重点任务" : name)
  }

  /// The text of `field`'s column in `row`, as content; nil when the table has no such column.
  func cell(_ field: LabelledField, _ row: Int) -> String? {
    columns.columns[field].map { grid.rows[row].text($0).cellContent }
  }

  mutating func task(row: Int, taskColumn: Int) -> KeyTask? {
    let diagnosticsBefore = diagnostics.count
    var number = taskRowCount
    if let numberColumn = columns.columns[.number] {
      var text = grid.rows[row].text(numberColumn).cellContent.widthFolded
      while let last = text.last, last == "." || last == "、" || last == "．" { text.removeLast() }
      if let value = Int(text), value > 0, text.allSatisfy(\.isASCII) {
        number = value
      } else {
        diagnostics.append(
          .error(
            location(row, numberColumn),
            text.isEmpty
              ? "task row\(sheetNote) has no number in column \(columnName(numberColumn))"
              : "task number \"\(text)\"\(sheetNote) is not a whole number",
            notes: ["write the task's number, e.g. 12"]))
      }
    }
    startCategorySection(row: row)
    if sections.isEmpty { sections.append(implicitSection) }
    let section = sections[sections.count - 1]
    var task = KeyTask(
      number: number, section: section.number, subsection: section.subsections.last?.number,
      text: grid.rows[row].text(taskColumn).cellContent, units: [], status: "", narrative: "",
      location: location(row, taskColumn))
    task.locations[.task] = location(row, taskColumn)
    readUnits(into: &task, row: row)
    readStatusAndNarrative(into: &task, row: row)
    if let column = columns.columns[.leaders] {
      task.leaders = CellList.names(grid.rows[row].text(column).cellContent)
      task.locations[.leaders] = location(row, column)
    }
    if let due = cell(.due, row), !due.isEmpty {
      task.dueAsWritten = due
      task.locations[.dueAsWritten] = location(row, columns.columns[.due])
    }
    if let note = cell(.note, row), !note.isEmpty {
      task.note = note
      task.locations[.note] = location(row, columns.columns[.note])
    }
    let failed = diagnostics[diagnosticsBefore...].contains { $0.severity == .error }
    return failed ? nil : task
  }

  mutating func readUnits(into task: inout KeyTask, row: Int) {
    var roles: [UnitRole] = []
    var markers: [String] = []
    for (column, field) in columns.unitColumns {
      let names = CellList.names(grid.rows[row].text(column).cellContent)
      for (index, written) in names.enumerated() {
        var role: UnitRole
        switch field {
        case .leadUnits: role = .lead
        case .coUnits: role = .co
        case .leadAndCoUnits: role = index == 0 ? .lead : .co
        default: role = .unstated
        }
        var name = written
        var marker = ""
        if let split = UnitRole.splitMarker(written) {
          name = split.name
          marker = split.marker
          role = split.role
        }
        task.units.append(name)
        task.locations.appendUnit(location(row, column))
        roles.append(role)
        markers.append(marker)
      }
    }
    if roles.contains(where: { $0 != .unstated }) { task.unitRoles = roles }
    if markers.contains(where: { !$0.isEmpty }) { task.unitMarkers = markers }
    let first = columns.unitColumns.first?.column
    task.locations[.units] = location(row, first)
    if task.units.isEmpty {
      diagnostics.append(
        .error(
          location(row, first),
          "task \(task.number)\(sheetNote) has no responsible unit",
          notes: [
            columns.unitColumns.isEmpty
              ? "the table needs a column such as 责任单位 or 牵头单位"
              : "write the units in column \(columnName(first)), separated by 、"
          ]))
    }
  }
}
