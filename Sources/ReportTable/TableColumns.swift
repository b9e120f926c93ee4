import ReportModel

/// The header row of a table and what each of its columns holds, read through the label table.
struct TableColumns: Sendable {
  /// The header row's index in the grid.
  var headerRow: Int
  /// The first row below the header (two rows below it when the header takes two rows).
  var firstBodyRow: Int
  /// Each column's header as read (over both header rows when it takes two).
  var headers: [Int: String] = [:]
  /// The column of each field other than the narrative; units fields may repeat.
  var columns: [LabelledField: Int] = [:]
  /// The columns holding units, with the field each names, in column order.
  var unitColumns: [(column: Int, field: LabelledField)] = []
  /// This round's narrative column and its period (`1-11月`), if any.
  var narrative: (column: Int, period: String?)?
  /// Earlier periods' narrative columns, in column order.
  var earlier: [(column: Int, period: String)] = []
  /// A column left of the task column that also names tasks (`重点工作` beside `具体任务`): its
  /// cells, usually merged down over their tasks, are the sections.
  var category: Int?
  /// Header cells that name no field: their columns are not imported.
  var unknown: [(column: Int, header: String)] = []
  /// Columns that name a field another column already names.
  var duplicates: [(column: Int, first: Int, header: String)] = []

  /// How far down the header row is looked for: title rows above it are a few.
  static let headerSearchRows = 50

  /// The longest header cell looked at, in UTF-8 bytes (30 Chinese characters).
  static let longestHeader = 90

  /// The header row of `grid`: of the rows whose cells name the task and at least one other
  /// field, the one naming the most fields (the first of equals), among the first
  /// `headerSearchRows` rows. Nil when no row does.
  static func find(in grid: TableGrid, labels: FieldLabels) -> TableColumns? {
    var best: (row: Int, score: Int)?
    for index in grid.rows.indices.prefix(Self.headerSearchRows) {
      let filled = grid.distinctFilledColumns(ofRow: index)
      guard filled.count >= 2 else { continue }
      var fields = Set<LabelledField>()
      for column in filled {
        // A header cell is a few words; a task's text or narrative is not worth matching.
        let text = grid.rows[index].text(column)
        guard text.utf8.count <= Self.longestHeader else { continue }
        if let match = labels.match(text.cellContent) {
          fields.insert(match.field)
        }
      }
      guard fields.contains(.task), fields.count >= 2 else { continue }
      if fields.count > (best?.score ?? 0) { best = (index, fields.count) }
    }
    guard let best else { return nil }
    return TableColumns(grid: grid, headerRow: best.row, labels: labels)
  }

  init(grid: TableGrid, headerRow: Int, labels: FieldLabels) {
    self.headerRow = headerRow
    let (cells, twoRows) = Self.headerCells(grid, headerRow: headerRow, labels: labels)
    firstBodyRow = headerRow + (twoRows ? 2 : 1)
    var narratives: [(column: Int, period: String?, header: String)] = []
    for (column, header) in cells {
      headers[column] = header
      guard let match = labels.match(header) else {
        unknown.append((column, header))
        continue
      }
      if match.field == .narrative {
        narratives.append((column, match.period, header))
      } else if match.field.isUnits {
        if let first = unitColumns.first(where: { $0.field == match.field }) {
          duplicates.append((column, first.column, header))
        } else {
          unitColumns.append((column, match.field))
        }
      } else if match.field == .task, let first = columns[.task], category == nil {
        // 重点工作 then 具体任务: the left column groups the tasks into sections.
        category = first
        columns[.task] = column
      } else if let first = columns[match.field] {
        duplicates.append((column, first, header))
      } else {
        columns[match.field] = column
      }
    }
    // This round's narrative: the one without a period, else the latest period.
    if let plain = narratives.firstIndex(where: { $0.period == nil }) {
      narrative = (narratives[plain].column, nil)
      for (index, other) in narratives.enumerated() where index != plain {
        if let period = other.period {
          earlier.append((other.column, period))
        } else {
          duplicates.append((other.column, narratives[plain].column, other.header))
        }
      }
    } else if let latest = PeriodOrder.latest(narratives.map { $0.period ?? "" }) {
      narrative = (narratives[latest].column, narratives[latest].period)
      for (index, other) in narratives.enumerated() where index != latest {
        earlier.append((other.column, other.period ?? ""))
      }
    }
  }
}
