import ReportModel

/// One pass over a table's rows below its header: headings, tasks and the rows that are
/// neither, with every problem as a diagnostic at `path:row:column`.
struct TableReading {
  let importer: TableImporter
  let path: String
  let grid: TableGrid
  let columns: TableColumns
  /// ` (sheet name)` for messages about a file with several tables, else empty.
  let sheetNote: String

  var diagnostics: [Diagnostic] = []
  var sections: [ReportSection] = []
  var tasks: [KeyTask] = []
  /// The row of each task number, for duplicates.
  var rowOfNumber: [Int: Int] = [:]
  /// Rows that are neither a heading nor a task: an error above the last task, a warning below.
  var strayRows: [Int] = []
  var lastTaskRow: Int?
  /// Statuses the vocabulary lacks, listed together at the end.
  var unknownStatuses = UnknownStatuses()
  var taskRowCount = 0
  /// The category cell of the last task row, when the table has a category column.
  var currentCategory: String?

  init(
    importer: TableImporter, path: String, grid: TableGrid, columns: TableColumns, sheetNote: String
  ) {
    self.importer = importer
    self.path = path
    self.grid = grid
    self.columns = columns
    self.sheetNote = sheetNote
  }

  func location(_ row: Int, _ column: Int? = nil) -> SourceLocation {
    SourceLocation(path: path, line: grid.rows[row].number, column: column.map { $0 + 1 } ?? 1)
  }

  func header(_ column: Int) -> String {
    columns.headers[column] ?? grid.rows[columns.headerRow].text(column).cellContent
  }

  mutating func run(date: ISODate?) -> Round? {
    let titleLines =
      grid.preamble.map { [$0] }
      + (0..<columns.headerRow).map { row in
        grid.distinctFilledColumns(ofRow: row).map { grid.rows[row].text($0).cellContent }
      }
    let title = TableTitle(lines: titleLines)
    checkColumns()
    for row in columns.firstBodyRow..<grid.rows.count { read(row: row) }
    for row in strayRows {
      let text = grid.distinctFilledColumns(ofRow: row).map { grid.rows[row].text($0).cellContent }
        .joined(separator: " | ")
      if let last = lastTaskRow, row > last {
        diagnostics.append(
          .warning(
            location(row),
            "row not imported\(sheetNote): \"\(text.prefix(40))\" is below the last task",
            notes: ["a note under the table is left out; delete the row if it is not one"]))
      } else {
        diagnostics.append(
          .error(
            location(row),
            "row\(sheetNote) is neither a task nor a heading: \"\(text.prefix(40))\"",
            notes: [
              "a task row needs its text in column \(columnName(columns.columns[.task]))",
              "a heading row holds only `一、…` or `(一)…` in one cell",
            ]))
      }
    }
    if let unknown = unknownStatuses.diagnostic(
      path: path, vocabularySource: importer.configSource, lineWord: "row")
    {
      diagnostics.append(unknown)
    }
    if tasks.isEmpty, !diagnostics.hasErrors {
      diagnostics.append(
        .error(
          location(columns.headerRow), "the table\(sheetNote) has no task below its header row",
          notes: ["each task is one row with its text under \(header(columns.columns[.task] ?? 0))"]
        ))
    }
    guard let date = date ?? title.date else {
      diagnostics.append(
        .error(
          SourceLocation(path: path), "cannot tell which round this table is: it states no date",
          notes: [
            "give the round's date with --date YYYY-MM-DD, e.g. --date 2021-06-30",
            "or write it above the header row, e.g. 生成日期:2021-06-30",
          ]))
      return nil
    }
    var metadata = title.metadata
    if !metadata.contains(where: { $0.key == "生成日期" }) {
      metadata.append(MetadataEntry(key: "生成日期", value: date.description))
    }
    guard let id = RoundID(date.description) else { return nil }
    return Round(id: id, metadata: metadata, sections: sections, tasks: tasks)
  }

  func columnName(_ column: Int?) -> String {
    guard let column else { return "重点任务" }
    return CellReference.letters(column) + " (" + header(column) + ")"
  }

  mutating func checkColumns() {
    for duplicate in columns.duplicates {
      diagnostics.append(
        .error(
          location(columns.headerRow, duplicate.column),
          "column \(columnName(duplicate.column)) names the same field as column "
            + "\(columnName(duplicate.first))\(sheetNote)",
          notes: [
            "rename one of the headers, or map it to another field with `labels:` in "
              + importer.configSource
          ]))
    }
    for unknown in columns.unknown {
      diagnostics.append(
        .warning(
          location(columns.headerRow, unknown.column),
          "column \(columnName(unknown.column))\(sheetNote) is not imported: no label names it",
          notes: [
            "to import it, add `- label: \(unknown.header)` with its `field:` to `labels:` in "
              + importer.configSource
          ]))
    }
  }

  mutating func read(row: Int) {
    let filled = grid.distinctFilledColumns(ofRow: row)
    guard !filled.isEmpty else { return }
    if let heading = heading(row: row, filled: filled) {
      add(heading, row: row)
      return
    }
    guard let taskColumn = columns.columns[.task],
      grid.rows[row].cells.indices.contains(taskColumn),
      grid.rows[row].text(taskColumn).cellContent.isEmpty == false
    else {
      strayRows.append(row)
      return
    }
    taskRowCount += 1
    lastTaskRow = row
    if let task = task(row: row, taskColumn: taskColumn) {
      if let first = rowOfNumber[task.number] {
        diagnostics.append(
          .error(
            location(row, columns.columns[.number]),
            "task number \(task.number) appears twice\(sheetNote): also in row \(grid.rows[first].number)",
            notes: ["number the tasks through the whole table, 1, 2, 3 …"]))
        return
      }
      rowOfNumber[task.number] = row
      tasks.append(task)
    }
  }
}
