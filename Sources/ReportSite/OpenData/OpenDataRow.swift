/// One task of the latest round as the open data writes it, encoded once for every file that
/// holds it: the report's `data.json` and `tasks.csv` and, for the latest report, the site
/// root's, whose task entries differ from the report's only by the report's folder before
/// the addresses of the task's page and badge (see ``OpenDataFiles``).
struct OpenDataRow: Sendable, Equatable {
  /// The task's object in `data.json`, as written inside the array of tasks, its page and
  /// badge without a folder.
  let json: [UInt8]
  /// Where the folder goes in ``json``: the first bytes of the badge's and of the page's
  /// address (JSON escapes byte by byte, so the escaped folder goes there as it is).
  let badgeAt: Int
  let urlAt: Int
  /// The row of `tasks.csv` around its 页面 cell, as UTF-8 (see ``TasksCSV/cells(_:at:)``).
  let csvBefore: [UInt8]
  let csvAfter: [UInt8]
  let number: Int

  /// The row of the latest round's task at `position` of `context`'s index.
  init(_ context: SiteContext, at position: Int) {
    var writer = Self.taskWriter()
    let written = OpenData.write(OpenData.task(context, at: position), to: &writer)
    json = writer.bytes
    badgeAt = written.badge
    urlAt = written.url
    (csvBefore, csvAfter) = TasksCSV.cells(context, at: position)
    number = context.indexes[context.indexes.count - 1].tasks[position].number
  }

  /// A writer at the depth of an element of `data.json`'s tasks, with nothing written yet.
  private static func taskWriter() -> PrettyJSON {
    var writer = PrettyJSON(capacity: 1 << 12)
    writer.beginObject()
    writer.key("tasks")
    writer.beginArray()
    writer.element()
    _ = writer.takeBytes()
    return writer
  }

  /// Appends the task's object with `folder` (escaped as in a JSON string) before its
  /// addresses (the separator before it is the caller's).
  func appendJSON(folder: [UInt8], to bytes: inout [UInt8]) {
    guard !folder.isEmpty else { return bytes.append(contentsOf: json) }
    bytes.append(contentsOf: json[..<badgeAt])
    bytes.append(contentsOf: folder)
    bytes.append(contentsOf: json[badgeAt..<urlAt])
    bytes.append(contentsOf: folder)
    bytes.append(contentsOf: json[urlAt...])
  }

  /// Appends the task's line of `tasks.csv`, its page's address after `base` (see
  /// ``TasksCSV/base(_:pages:)``).
  func appendCSV(base: String, to row: inout CSVRowWriter) {
    row.append(csvBefore)
    TasksCSV.pageCell(base, number: number, to: &row)
    row.append(csvAfter)
  }

  /// `folder` as its bytes inside a JSON string.
  static func escaped(_ folder: String) -> [UInt8] {
    var writer = PrettyJSON(capacity: folder.utf8.count + 2)
    writer.string(folder)
    return Array(writer.bytes.dropFirst().dropLast())
  }
}
