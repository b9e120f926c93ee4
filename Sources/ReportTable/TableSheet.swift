/// A table to write: rows of cell texts, some of them one cell merged across the whole width
/// (a title, a section or a subsection row).
public struct TableSheet: Hashable, Sendable {
  public var name: String
  /// The number of columns.
  public var width: Int
  public var rows: [[String]]
  /// Indexes into `rows` of rows written as one cell spanning every column.
  public var spanningRows: Set<Int>
  /// The index of the header row, written bold and kept in view when scrolling.
  public var headerRow: Int?

  public init(
    name: String, width: Int, rows: [[String]] = [], spanningRows: Set<Int> = [],
    headerRow: Int? = nil
  ) {
    self.name = name
    self.width = width
    self.rows = rows
    self.spanningRows = spanningRows
    self.headerRow = headerRow
  }

  /// Adds a row of one cell spanning every column.
  public mutating func appendSpanning(_ text: String) {
    spanningRows.insert(rows.count)
    rows.append([text])
  }

  /// The sheet as CSV text (UTF-8 with a byte-order mark, so that Excel and WPS read its
  /// Chinese, and CRLF line ends, as Excel writes them); a spanning row is its text in the
  /// first cell and empty cells after it.
  public var csvBytes: [UInt8] {
    var text = ""
    for row in rows {
      var cells = row
      while cells.count < width { cells.append("") }
      text += CSVTable.record(cells)
    }
    return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
  }
}
