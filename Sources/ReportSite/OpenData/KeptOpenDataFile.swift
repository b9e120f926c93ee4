/// One open-data file (`data.json` or `tasks.csv`) as a build of a ``BuildSession`` wrote it,
/// kept as what its bytes are made of: the bytes before and after the tasks, what every row
/// is written with (the JSON's folder, or the CSV's page base) and the rows
/// (``OpenDataRow``), which the session keeps anyway. Two such files have the same bytes
/// when these are equal; a row taken from the session shares its bytes' storage with the row
/// kept, so that comparing ten thousand rows is comparing as many references, and no byte of
/// the old file is read (see ``OpenDataFiles/write(to:output:reuse:)``).
struct KeptOpenDataFile: Sendable {
  /// The bytes before the first row and after the last.
  let head: [UInt8]
  let tail: [UInt8]
  /// The bytes before the first row's own and between two rows (JSON; none in CSV).
  let first: [UInt8]
  let separator: [UInt8]
  /// The folder before each JSON task's addresses, or the base of each CSV row's page cell.
  let variant: [UInt8]
  let rows: [OpenDataRow]
  /// The file's size in bytes, once written.
  var size = 0
  /// Where each row's bytes end in the file (with the separator before them), once written:
  /// the file's bytes of a row that a later build writes again the same are copied from it
  /// (see ``OpenDataFiles``).
  var ends: [Int] = []

  /// Where the rows begin and end in the file, once written, as a build's record keeps it
  /// (see ``BuildRecord/Unit/rowBounds``): the first row's start, then each row's end; nil
  /// without rows.
  var rowBounds: [Int]? {
    rows.isEmpty || ends.count != rows.count ? nil : [head.count + first.count] + ends
  }

  /// Whether the file made of these pieces has the same bytes as `other`'s.
  func hasSameBytes(as other: KeptOpenDataFile) -> Bool {
    head == other.head && tail == other.tail && first == other.first
      && separator == other.separator && variant == other.variant && rows == other.rows
  }

  /// The bytes of the file that row `position` is written as, with the separator before it.
  func range(ofRow position: Int) -> Range<Int> {
    (position == 0 ? head.count : ends[position - 1])..<ends[position]
  }

  /// Whether row `position` of `other`, a file to write, is this file's row at the same
  /// position: the same bytes, separator included, when the two write rows alike (see
  /// ``writesRowsAlike(_:)``).
  func hasSameRow(_ position: Int, as other: KeptOpenDataFile) -> Bool {
    position < rows.count && rows[position] == other.rows[position]
  }

  /// Whether the two files' rows are written alike (the same separators and variant), so
  /// that equal rows at the same position have the same bytes; this file's row ends known.
  func writesRowsAlike(_ other: KeptOpenDataFile) -> Bool {
    ends.count == rows.count && first == other.first && separator == other.separator
      && variant == other.variant
  }
}
