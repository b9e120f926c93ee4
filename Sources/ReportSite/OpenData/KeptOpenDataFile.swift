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
  /// The folder before each JSON task's addresses, or the base of each CSV row's page cell.
  let variant: [UInt8]
  let rows: [OpenDataRow]
  /// The file's size in bytes, once written.
  var size = 0

  /// Whether the file made of these pieces has the same bytes as `other`'s.
  func hasSameBytes(as other: KeptOpenDataFile) -> Bool {
    head == other.head && tail == other.tail && variant == other.variant && rows == other.rows
  }
}
