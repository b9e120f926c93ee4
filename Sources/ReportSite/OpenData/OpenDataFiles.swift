import SiteOutput

/// A report's open data, `data.json` and `tasks.csv`, written to one or more folders of the
/// site from one encoding of each task (``OpenDataRow``): the report's folder and, for the
/// latest report, the site's root, which repeats it with the report's folder before its
/// addresses and the list of reports. The files are written in pieces as the rows are made
/// (see ``OutputDirectory/write(to:inPieces:)``), so that no file is ever whole in memory.
struct OpenDataFiles {
  /// Where a copy of the open data goes, and how its addresses are written.
  struct Destination {
    /// The folder in the site, `2021/` or `""`.
    let folder: String
    /// The report's pages from that folder (see ``OpenData/init(_:pages:site:withTasks:)``).
    let pages: String
    /// The site's root from that folder.
    let site: String
    /// The site's reports, in the root's `data.json` only.
    let reports: [OpenData.ReportLink]?

    /// The paths of the files written there.
    var paths: [String] { [folder + SitePaths.data, folder + SitePaths.csv] }
  }

  let context: SiteContext
  /// The row of the task at a position of the latest round's index: made, or taken from a
  /// cache that knows it unchanged.
  let row: (Int) -> OpenDataRow

  init(_ context: SiteContext, row: ((Int) -> OpenDataRow)? = nil) {
    self.context = context
    self.row = row ?? { OpenDataRow(context, at: $0) }
  }

  /// How many rows are made before they are written.
  static let rowsAtATime = 256

  /// Writes both files to each of `destinations`.
  func write(to destinations: [Destination], output: OutputDirectory) throws {
    let paths = destinations.flatMap(\.paths)
    try Self.withWriters(paths[...], output: output, opened: []) { writers in
      var json = destinations.map { destination in
        var writer = PrettyJSON(capacity: OpenData.pieceSize + (OpenData.pieceSize >> 2))
        var header = OpenData(
          context, pages: destination.pages, site: destination.site, withTasks: false)
        header.reports = destination.reports
        header.encodeHead(into: &writer)
        return (writer: writer, header: header)
      }
      let folders = destinations.map { OpenDataRow.escaped($0.pages) }
      let bases = destinations.map { TasksCSV.base(context, pages: $0.pages) }
      for (position, _) in destinations.enumerated() {
        try writers[2 * position + 1].append(TasksCSV.headerRow(context))
      }
      let count = context.latest.tasks.count
      var start = 0
      var csvCapacity = 1 << 16
      while start < count {
        let rows = (start..<min(count, start + Self.rowsAtATime)).map(row)
        start += rows.count
        for position in destinations.indices {
          for row in rows { row.appendJSON(folder: folders[position], to: &json[position].writer) }
          if json[position].writer.bytes.count >= OpenData.pieceSize {
            try writers[2 * position].append(json[position].writer.takeBytes())
          }
          var csv = CSVRowWriter(capacity: csvCapacity)
          for row in rows { row.appendCSV(base: bases[position], to: &csv) }
          csvCapacity = max(csvCapacity, csv.bytes.count)
          try writers[2 * position + 1].append(csv.bytes)
        }
      }
      for position in destinations.indices {
        json[position].header.encodeTail(into: &json[position].writer)
        try writers[2 * position].append(json[position].writer.takeBytes())
      }
    }
  }

  /// Opens a writer for each of `paths`, one inside the other, and runs `body` with them all.
  private static func withWriters(
    _ paths: ArraySlice<String>, output: OutputDirectory, opened: [OutputFileWriter],
    _ body: ([OutputFileWriter]) throws -> Void
  ) throws {
    guard let path = paths.first else { return try body(opened) }
    try output.write(to: path) { writer in
      try withWriters(paths.dropFirst(), output: output, opened: opened + [writer], body)
    }
  }
}
