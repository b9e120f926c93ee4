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
  /// Takes the row of a task from a cache that knows it unchanged, when given.
  private let cachedRow: ((Int) -> OpenDataRow)?

  init(_ context: SiteContext, row: ((Int) -> OpenDataRow)? = nil) {
    self.context = context
    cachedRow = row
  }

  /// The row of the task at `position` of the latest round's index: made (from the context
  /// read in place; a closure that captured it would copy it for every row), or taken from
  /// the cache.
  func row(_ position: Int) -> OpenDataRow {
    cachedRow?(position) ?? OpenDataRow(context, at: position)
  }

  /// How many rows are made before they are written.
  static let rowsAtATime = 256

  /// What a build of a ``BuildSession`` knows of the old site's open data: the files the
  /// session wrote (see ``KeptOpenDataFile``), and their sizes in the record of the site it put
  /// in place, when the build took that record from the session (`oldSizes`, by path; empty
  /// otherwise). A file whose pieces equal those the session kept, of the size that record
  /// lists, is kept without reading a byte of it; one whose pieces differ is written without
  /// comparing it with the old file (in the rare case that other pieces make the same bytes,
  /// it is rewritten with them). Any other file is written and compared as without a session.
  struct Reuse {
    let session: BuildSession
    let oldSizes: [String: Int]
  }

  /// One file to write: everything in it but the rows.
  struct Shape {
    let path: String
    let json: Bool
    /// The bytes before the rows, before the first row, between two rows and after the last.
    let head: [UInt8]
    let first: [UInt8]
    let separator: [UInt8]
    let tail: [UInt8]
    /// The escaped folder (JSON) or the page base (CSV) each row is written with.
    let variant: [UInt8]
    let base: String

    /// The file of this shape with `rows`, as a session keeps it.
    func file(rows: [OpenDataRow]) -> KeptOpenDataFile {
      KeptOpenDataFile(
        head: head, tail: tail, first: first, separator: separator, variant: variant,
        rows: rows)
    }

    /// Appends row `position`'s bytes, with the separator before it.
    func append(_ row: OpenDataRow, at position: Int, to bytes: inout [UInt8]) {
      if json {
        bytes.append(contentsOf: position == 0 ? first : separator)
        row.appendJSON(folder: variant, to: &bytes)
      } else {
        var csv = CSVRowWriter(capacity: 1 << 10)
        row.appendCSV(base: base, to: &csv)
        bytes.append(contentsOf: csv.bytes)
      }
    }
  }

  /// Writes both files to each of `destinations`; with `reuse`, only those whose bytes change.
  /// With `old` (and no `reuse`), the rows whose inputs did not change are copied from the old
  /// site's files when those can be split into rows (see ``OldOpenDataRows``), and only the
  /// others are made; returns how many rows were copied, over all files, and where the rows
  /// begin and end in each file written without a session (see
  /// ``BuildRecord/Unit/rowBounds``), by path.
  @discardableResult
  func write(
    to destinations: [Destination], output: OutputDirectory, reuse: Reuse? = nil,
    old: OldOpenDataRows? = nil
  ) throws -> (copied: Int, rowBounds: [String: [Int]]) {
    var files = destinations.flatMap { [(json: true, to: $0), (json: false, to: $0)] }
    let count = context.latest.tasks.count
    var rows: [OpenDataRow]?
    var compared: Set<String> = []
    var copied = 0
    var bounds: [String: [Int]] = [:]
    if reuse == nil, let old, old.unchanged.count == count,
      old.unchanged.count(where: { !$0 }) <= count / 4
    {
      // Few rows change: those are made (once for every file), the others copied; so are the
      // bytes around the rows of a data.json when they read the same as in the old file.
      let made = Dictionary(
        uniqueKeysWithValues: old.unchanged.indices.filter { !old.unchanged[$0] }.map {
          ($0, row($0))
        })
      files = try files.filter { file in
        let framed = file.json && old.sameFrame
        let shape = framed ? Self.frame(file.to) : shape(json: file.json, file.to)
        guard
          let found = old.rows(
            of: shape.path, json: shape.json, head: shape.head, first: shape.first,
            separator: shape.separator)
        else { return true }
        bounds[shape.path] = try write(
          shape, from: found, made: made, keepingFrame: framed, output: output)
        copied += count - made.count
        return false
      }
    }
    var shapes = files.map { shape(json: $0.json, $0.to) }
    if let reuse {
      let all = (0..<count).map { row($0) }
      rows = all
      var whole: [Shape] = []
      for shape in shapes {
        let made = shape.file(rows: all)
        guard let old = reuse.session.openData.value(shape.path),
          let size = reuse.oldSizes[shape.path], size == old.size
        else {
          compared.insert(shape.path)
          whole.append(shape)
          continue
        }
        if old.hasSameBytes(as: made) {
          output.keep(shape.path, size: size)
          reuse.session.openData.set(shape.path, old)
          bounds[shape.path] = old.rowBounds
        } else if old.writesRowsAlike(made) {
          // The rows that did not change are copied from the old file.
          bounds[shape.path] = try Self.splice(
            made, shape: shape, from: old, output: output, session: reuse.session)
        } else {
          whole.append(shape)
        }
      }
      shapes = whole
    } else {
      compared = Set(shapes.map(\.path))
    }
    guard !shapes.isEmpty else { return (copied, bounds) }
    var sizes = shapes.map { $0.head.count + $0.tail.count }
    // Where each row ends in each file (with the separator before it).
    var ends = shapes.map { _ in [Int]() }
    var offsets = shapes.map(\.head.count)
    try Self.withWriters(shapes[...], output: output, compared: compared, opened: []) { writers in
      for (at, shape) in shapes.enumerated() { try writers[at].append(shape.head) }
      var start = 0
      var capacity = 1 << 16
      while start < count {
        let range = start..<min(count, start + Self.rowsAtATime)
        let batch = rows.map { Array($0[range]) } ?? range.map { row($0) }
        for (at, shape) in shapes.enumerated() {
          let bytes: [UInt8]
          if shape.json {
            var json: [UInt8] = []
            json.reserveCapacity(capacity)
            for (offset, row) in batch.enumerated() {
              json.append(contentsOf: start + offset == 0 ? shape.first : shape.separator)
              row.appendJSON(folder: shape.variant, to: &json)
              ends[at].append(offsets[at] + json.count)
            }
            bytes = json
          } else {
            var csv = CSVRowWriter(capacity: capacity)
            for row in batch {
              row.appendCSV(base: shape.base, to: &csv)
              ends[at].append(offsets[at] + csv.bytes.count)
            }
            bytes = csv.bytes
          }
          capacity = max(capacity, bytes.count)
          sizes[at] += bytes.count
          offsets[at] += bytes.count
          try writers[at].append(bytes)
        }
        start = range.upperBound
      }
      for (at, shape) in shapes.enumerated() { try writers[at].append(shape.tail) }
    }
    if count > 0 {
      for (at, shape) in shapes.enumerated() {
        bounds[shape.path] = [shape.head.count + shape.first.count] + ends[at]
      }
    }
    guard let reuse, let rows else { return (copied, bounds) }
    for (at, shape) in shapes.enumerated() {
      var kept = shape.file(rows: rows)
      kept.size = sizes[at]
      kept.ends = ends[at]
      reuse.session.openData.set(shape.path, kept)
    }
    return (copied, bounds)
  }

  /// Writes the file of `shape` with the old file's rows (`found`) but those in `made`, and
  /// with `keepingFrame` the old file's bytes before the first row and after the last (else
  /// the shape's); returns where the rows begin and end in it (see
  /// ``BuildRecord/Unit/rowBounds``). The old file is not read again to be compared: the new
  /// file has its bytes when the made rows and the bytes around the rows are the same (then it
  /// is kept as it is), else it is new.
  private func write(
    _ shape: Shape, from found: (bytes: OldFileBytes, rows: [Range<Int>]),
    made: [Int: OpenDataRow], keepingFrame: Bool, output: OutputDirectory
  ) throws -> [Int] {
    let fresh = made.mapValues { row in
      guard shape.json else {
        var csv = CSVRowWriter(capacity: 1 << 12)
        row.appendCSV(base: shape.base, to: &csv)
        return csv.bytes
      }
      var json: [UInt8] = []
      row.appendJSON(folder: shape.variant, to: &json)
      return json
    }
    let (old, rows) = found
    let (first, last) = (rows[0].lowerBound, rows[rows.count - 1].upperBound)
    // Between two rows the split found `separator`, as the new file has.
    let same =
      fresh.allSatisfy { old.bytes(rows[$0.key]) == $0.value }
      && (keepingFrame
        || (old.bytes(0..<first) == shape.head + shape.first
          && old.bytes(last..<old.count) == shape.tail))
    // The first row's start in the new file, then each row's end.
    let start = keepingFrame || same ? first : shape.head.count + shape.first.count
    var bounds = [start]
    bounds.reserveCapacity(rows.count + 1)
    var shift = start - first
    for position in rows.indices {
      if let row = fresh[position] { shift += row.count - rows[position].count }
      bounds.append(rows[position].upperBound + shift)
    }
    if same {
      output.keep(shape.path, size: old.count)
      return bounds
    }
    // The old file's rows with the separators between them (as the new file has them) are
    // copied in runs, inside the kernel where the file system can, up to each made row.
    try output.write(to: shape.path, copyingFromOld: old.count) { writer in
      // The old file's bytes from `start` on are not written yet.
      var start = keepingFrame ? 0 : first
      func copy(upTo end: Int) throws {
        guard start < end else { return }
        if writer.copiesFromOld {
          try writer.copyFromOld(start..<end)
        } else if let bytes = old.bytes(start..<end) {
          try writer.append(bytes)
        } else {
          throw SiteBuildError.io(
            step: "write open data", path: shape.path, reason: "the old file changed")
        }
      }
      if !keepingFrame {
        try writer.append(shape.head)
        try writer.append(shape.first)
      }
      for (position, row) in fresh.sorted(by: { $0.key < $1.key }) {
        try copy(upTo: rows[position].lowerBound)
        try writer.append(row)
        start = rows[position].upperBound
      }
      if keepingFrame {
        try copy(upTo: old.count)
      } else {
        try copy(upTo: last)
        try writer.append(shape.tail)
      }
    }
    return bounds
  }

  /// The `data.json` of `destination` without the bytes around its rows, which are taken from
  /// the old file: only the line that opens the tasks' array (how the rows are found), and
  /// what comes before the first row and between two rows.
  private static func frame(_ destination: Destination) -> Shape {
    var writer = PrettyJSON(capacity: 256)
    writer.beginObject()
    writer.key("tasks")
    writer.beginArray()
    let opening = writer.takeBytes()
    writer.element()
    let first = writer.takeBytes()
    writer.element()
    return Shape(
      path: destination.folder + SitePaths.data, json: true, head: opening, first: first,
      separator: writer.takeBytes(), tail: [], variant: OpenDataRow.escaped(destination.pages),
      base: "")
  }

  /// The file `data.json` (`json`) or `tasks.csv` of `destination`, but its rows.
  private func shape(json: Bool, _ destination: Destination) -> Shape {
    let count = context.latest.tasks.count
    guard json else {
      let base = TasksCSV.base(context, pages: destination.pages)
      return Shape(
        path: destination.folder + SitePaths.csv, json: false,
        head: Array(TasksCSV.headerRow(context).utf8), first: [], separator: [], tail: [],
        variant: Array(base.utf8), base: base)
    }
    var writer = PrettyJSON(capacity: 1 << 12)
    var header = OpenData(
      context, pages: destination.pages, site: destination.site, withTasks: false)
    header.reports = destination.reports
    header.encodeHead(into: &writer)
    let head = writer.takeBytes()
    var (first, separator): ([UInt8], [UInt8]) = ([], [])
    if count > 0 {
      writer.element()
      first = writer.takeBytes()
      writer.element()
      separator = writer.takeBytes()
    }
    header.encodeTail(into: &writer)
    return Shape(
      path: destination.folder + SitePaths.data, json: true, head: head, first: first,
      separator: separator, tail: writer.takeBytes(),
      variant: OpenDataRow.escaped(destination.pages), base: "")
  }

  /// Opens a writer for each of `shapes`, one inside the other, and runs `body` with them all;
  /// the files in `compared` are compared with the old site's.
  private static func withWriters(
    _ shapes: ArraySlice<Shape>, output: OutputDirectory, compared: Set<String>,
    opened: [OutputFileWriter], _ body: ([OutputFileWriter]) throws -> Void
  ) throws {
    guard let path = shapes.first?.path else { return try body(opened) }
    try output.write(to: path, comparing: compared.contains(path)) { writer in
      try withWriters(
        shapes.dropFirst(), output: output, compared: compared, opened: opened + [writer], body)
    }
  }
}
