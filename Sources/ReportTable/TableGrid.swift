/// A table read from a file (a sheet, a CSV file, a Word table), merged cells resolved: every
/// cell of a merged range holds the range's text.
public struct TableGrid: Hashable, Sendable {
  /// The sheet's name, or `表1`, `表2` … for the tables of a Word document, or the CSV file's name.
  public var name: String
  public var rows: [TableRow]
  /// The paragraphs before the table in a Word document (a title, a date line); empty otherwise.
  public var preamble: [String]

  public init(name: String, rows: [TableRow], preamble: [String] = []) {
    self.name = name
    self.rows = rows
    self.preamble = preamble
  }

  /// The columns of row `index` that hold text, one per merged range: a row merged across the
  /// whole table into one cell has one.
  public func distinctFilledColumns(ofRow index: Int) -> [Int] {
    var seen = Set<CellPosition>()
    var columns: [Int] = []
    for (column, cell) in rows[index].cells.enumerated() where cell.isFilled {
      let origin = cell.mergedFrom ?? CellPosition(row: index, column: column)
      if seen.insert(origin).inserted { columns.append(column) }
    }
    return columns
  }

  /// Resolves merged ranges given as grid positions: every cell of a range gets the text of its
  /// first cell and remembers where the range began. Rows are padded to hold the range.
  mutating func applyMerges(_ ranges: [(first: CellPosition, last: CellPosition)]) {
    for range in ranges {
      let origin = range.first
      guard origin.row < rows.count else { continue }
      let text = rows[origin.row].text(origin.column)
      for row in origin.row...min(range.last.row, rows.count - 1) {
        for column in origin.column...range.last.column {
          let position = CellPosition(row: row, column: column)
          guard position != origin else { continue }
          while rows[row].cells.count <= column { rows[row].cells.append(TableCell("")) }
          rows[row].cells[column] = TableCell(text, mergedFrom: origin)
        }
      }
    }
  }
}
