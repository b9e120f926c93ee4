import FileBytes
import Foundation

/// What a build without a session (`report-site build`) takes from the old site's open data:
/// the rows of the tasks whose inputs did not change, as the old `data.json` and `tasks.csv`
/// hold them, so that an edit of one narrative makes one row again, not ten thousand (see
/// ``OpenDataFiles/write(to:output:reuse:old:)``).
///
/// The old files are those of the previous build's record, which the build trusts (it checked
/// the folder against it, as for every file it keeps). A row is taken only when the record's
/// structure of the site is the build's (so that row *i* is the same task in both), and the
/// task's latest page, which reads all that its row reads, has the digest the record lists.
/// A file whose rows cannot be found as the build writes them (another layout, another count)
/// is made whole, as without an old site.
struct OldOpenDataRows: Sendable {
  /// The old site's folder.
  let site: String
  /// By position in the latest round's index: whether the row's inputs are unchanged.
  let unchanged: [Bool]
  /// Whether the bytes around the rows of a `data.json` (the changes between rounds, the
  /// rounds, sections and units, the reports at the root) read the same as when the old file
  /// was written: the structure and the kinds of the changes between rounds are the same.
  var sameFrame = false
  /// Where the rows begin and end in each old file, and its size, as the last build's record
  /// lists them (see ``BuildRecord/Unit/rowBounds``), by path: such a file is not read to be
  /// split, only in the ranges compared.
  var rowBounds: [String: [Int]] = [:]
  var sizes: [String: Int] = [:]

  /// The largest old file read whole (in memory while the new one is written): a larger one
  /// (`data.json` at 100,000 tasks, 175 MB) is made whole, written in pieces, as without an
  /// old site, so that an edit's rebuild does not hold more than a full build does.
  static let largestFile = 64 << 20

  /// The old file `relative` and its rows' byte ranges: as the record lists them (see
  /// ``rowBounds``), or as ``jsonRows(_:head:first:separator:count:)`` or
  /// ``csvRows(_:head:count:)`` find them in the file read whole; nil when the file cannot be
  /// read or split, or has more than `largest` bytes.
  func rows(
    of relative: String, json: Bool, head: [UInt8], first: [UInt8], separator: [UInt8],
    largest: Int = Self.largestFile
  ) -> (bytes: OldFileBytes, rows: [Range<Int>])? {
    if let bounds = rowBounds[relative], let size = sizes[relative] {
      return Self.rows(
        bounds, size: size, separator: json ? separator.count : 0, count: unchanged.count
      ).map { (OldFileBytes(path: site + "/" + relative, count: size), $0) }
    }
    let descriptor = open(site + "/" + relative, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
      status.st_size <= largest,
      let bytes = FileBytes.readToEnd(descriptor, sizeHint: Int(status.st_size))
    else { return nil }
    let rows = bytes.withUnsafeBufferPointer { buffer in
      json
        ? Self.jsonRows(
          buffer, head: head, first: first, separator: separator, count: unchanged.count)
        : Self.csvRows(buffer, head: head, count: unchanged.count)
    }
    return rows.map { (OldFileBytes(path: site + "/" + relative, bytes: bytes), $0) }
  }

  /// The ranges of `count` rows that begin and end at `bounds` (the first row's start, then
  /// each row's end) in a file of `size` bytes, a row after the first beginning `separator`
  /// bytes after the end of the one before; nil when they do not fit.
  static func rows(_ bounds: [Int], size: Int, separator: Int, count: Int) -> [Range<Int>]? {
    guard count > 0, bounds.count == count + 1 else { return nil }
    var rows: [Range<Int>] = []
    rows.reserveCapacity(count)
    var start = bounds[0]
    for end in bounds.dropFirst() {
      guard start >= 0, start <= end, end <= size else { return nil }
      rows.append(start..<end)
      start = end + separator
    }
    return rows
  }

  /// The rows of a `data.json` as ``PrettyJSON`` writes it: the array opened by the last line
  /// of `head` (`  "tasks" : [`), then `first`, then `count` objects with `separator` between
  /// them, up to the line that closes the array. JSON strings hold no line end, so each line
  /// break is the writer's, and its indentation says the depth: a row begins at the row's
  /// indentation after `separator`, and the array ends at the first line indented less.
  static func jsonRows(
    _ bytes: UnsafeBufferPointer<UInt8>, head: [UInt8], first: [UInt8], separator: [UInt8],
    count: Int
  ) -> [Range<Int>]? {
    let newline = UInt8(ascii: "\n")
    let space = UInt8(ascii: " ")
    guard count > 0, let lastLine = head.lastIndex(of: newline),
      let firstLine = first.lastIndex(of: newline)
    else { return nil }
    let opening = Array(head[lastLine...]) + first
    let indent = first.count - firstLine - 1
    guard separator.count > indent, let at = find(opening, in: bytes) else { return nil }
    var rows: [Range<Int>] = []
    rows.reserveCapacity(count)
    var rowStart = at + opening.count
    var position = rowStart
    while true {
      guard let line = index(of: newline, in: bytes, from: position) else { return nil }
      var spaces = 0
      while line + 1 + spaces < bytes.count, bytes[line + 1 + spaces] == space { spaces += 1 }
      let next = line + 1 + spaces
      guard next < bytes.count else { return nil }
      if spaces < indent, bytes[next] != newline {
        rows.append(rowStart..<line)
        break
      }
      if spaces == indent, next >= separator.count + rowStart,
        bytes[(next - separator.count)..<next].elementsEqual(separator)
      {
        rows.append(rowStart..<(next - separator.count))
        rowStart = next
      }
      position = line + 1
    }
    guard rows.count == count,
      rows.allSatisfy({
        !$0.isEmpty && bytes[$0.lowerBound] == UInt8(ascii: "{")
          && bytes[$0.upperBound - 1] == UInt8(ascii: "}")
      })
    else { return nil }
    return rows
  }

  /// The rows of a `tasks.csv` as ``CSVRowWriter`` writes it: `head` (the header row), then
  /// `count` rows, each up to its line end outside quotes (a cell with a line end is quoted,
  /// its quotes doubled), and nothing after them.
  static func csvRows(_ bytes: UnsafeBufferPointer<UInt8>, head: [UInt8], count: Int)
    -> [Range<Int>]?
  {
    guard count > 0, bytes.count >= head.count,
      bytes[0..<head.count].elementsEqual(head)
    else { return nil }
    var rows: [Range<Int>] = []
    rows.reserveCapacity(count)
    var rowStart = head.count
    var quoted = false
    for position in head.count..<bytes.count {
      switch bytes[position] {
      case UInt8(ascii: "\""): quoted.toggle()
      case UInt8(ascii: "\n") where !quoted:
        rows.append(rowStart..<(position + 1))
        rowStart = position + 1
      default: continue
      }
    }
    guard rowStart == bytes.count, rows.count == count else { return nil }
    return rows
  }

  /// The first position of `byte` in `bytes` from `start`, found with `memchr`.
  private static func index(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int)
    -> Int?
  {
    guard start < bytes.count, let base = bytes.baseAddress else { return nil }
    guard let found = memchr(base + start, Int32(byte), bytes.count - start) else { return nil }
    return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
  }

  /// The first position of `pattern` (which begins with a line end) in `bytes`.
  private static func find(_ pattern: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let lead = pattern.first else { return nil }
    var position = 0
    while let found = index(of: lead, in: bytes, from: position) {
      if found + pattern.count <= bytes.count,
        bytes[found..<(found + pattern.count)].elementsEqual(pattern)
      {
        return found
      }
      position = found + 1
    }
    return nil
  }
}
