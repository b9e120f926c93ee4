/// One row of a table: its number as the file counts it, and its cells.
public struct TableRow: Hashable, Sendable {
  /// The row's number as the office sees it, from 1: the spreadsheet's row number, the CSV
  /// record's number, or the row's place in a Word table. Diagnostics give it as the line.
  public var number: Int
  public var cells: [TableCell]

  public init(number: Int, cells: [TableCell]) {
    self.number = number
    self.cells = cells
  }

  /// The text of column `index`, empty beyond the row's end.
  public func text(_ index: Int) -> String {
    index < cells.count ? cells[index].text : ""
  }
}
