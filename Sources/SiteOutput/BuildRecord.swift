import Foundation
import ReportModel

/// What a build wrote, kept in the output folder (``fileName``) so that the next build can
/// reuse what did not change: the site's files in units of work (a task's page, a round's
/// section pages, the open data …), each with the digest of everything its files were made
/// from, and each file with its size.
///
/// A unit whose digest is the same in the next build is not made or rendered again: its files
/// are taken from the old site as they are (see ``OutputDirectory/keep(_:size:)``). The record
/// is written into the new site before it is swapped in, so the output folder and its record
/// always belong together; a record that does not match the folder's files (a page edited or
/// deleted by hand) is not used (see ``matches(folder:)``).
public struct BuildRecord: Sendable {
  /// A file's path in the site and its size.
  public typealias File = (path: String, size: Int)

  public struct Unit: Sendable {
    /// The unit's name, unique in a build; "" for files that are always written again.
    public var key: String
    public var digest: UInt64
    public var files: [(path: String, size: Int)]
    /// Where the rows of some of its files begin and end, by path (a file of rows, the open
    /// data): the first row's start, then each row's end (see ``rowBounds``).
    public var rowBounds: [String: [Int]]

    public init(
      key: String, digest: UInt64, files: [(path: String, size: Int)],
      rowBounds: [String: [Int]] = [:]
    ) {
      self.key = key
      self.digest = digest
      self.files = files
      self.rowBounds = rowBounds
    }
  }

  /// The record's file in the output folder, beside the marker file.
  public static let fileName = ".report-site-record"
  /// The first line; a record of another version is not read (the build makes everything).
  static let header = "report-site build record 2\n"

  public var units: [Unit]
  /// The position of each unit by key.
  private var positions: [String: Int] = [:]

  public init(units: [Unit]) {
    self.units = units
    for position in units.indices where !units[position].key.isEmpty {
      positions[units[position].key] = position
    }
  }

  /// The unit named `key`, when the record has one.
  public func unit(_ key: String) -> Unit? { positions[key].map { units[$0] } }

  /// The position in ``units`` of the unit named `key`, when the record has one.
  public func position(of key: String) -> Int? { positions[key] }

  /// How many files the record lists.
  public var fileCount: Int { units.reduce(0) { $0 + $1.files.count } }

  /// The record as text: a line `u <digest> <key>` per unit, followed by a line
  /// `f <size> <path>` per file of it, each file with row bounds followed by a line
  /// `b <start> <length> …`: its first row's start, then each row's end less the one before.
  public func encoded() -> Data { Self.encoded(units) }

  /// The record of `units` as text (see ``encoded()``), without making the record. Digits are
  /// written straight into the bytes: a record lists every file of the site.
  public static func encoded(_ units: [Unit]) -> Data { Data(text(units)) }

  /// The bytes of ``encoded(_:)``, in an array of their exact size (at 100,000 tasks, 10 MB;
  /// an estimate of 48 bytes a line took twice that, and a copy into `Data` as much again).
  public static func text(_ units: [Unit]) -> [UInt8] {
    var count = header.utf8.count
    for unit in units {
      // `u `, 16 digits, a space, the key, a newline.
      count += 20 + unit.key.utf8.count
      for file in unit.files {
        count += 4 + DecimalText.count(file.size) + file.path.utf8.count
      }
      for bounds in unit.rowBounds.values {
        count += 2
        var last = 0
        for bound in bounds {
          count += 1 + DecimalText.count(bound - last)
          last = bound
        }
      }
    }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(count)
    bytes += header.utf8
    for unit in units {
      bytes.append(UInt8(ascii: "u"))
      bytes.append(UInt8(ascii: " "))
      appendHex(unit.digest, to: &bytes)
      bytes.append(UInt8(ascii: " "))
      bytes += unit.key.utf8
      bytes.append(UInt8(ascii: "\n"))
      for file in unit.files {
        bytes.append(UInt8(ascii: "f"))
        bytes.append(UInt8(ascii: " "))
        appendDecimal(file.size, to: &bytes)
        bytes.append(UInt8(ascii: " "))
        bytes += file.path.utf8
        bytes.append(UInt8(ascii: "\n"))
        guard let bounds = unit.rowBounds[file.path] else { continue }
        bytes.append(UInt8(ascii: "b"))
        var last = 0
        for bound in bounds {
          bytes.append(UInt8(ascii: " "))
          appendDecimal(bound - last, to: &bytes)
          last = bound
        }
        bytes.append(UInt8(ascii: "\n"))
      }
    }
    return bytes
  }

  /// `value` as 16 lower-case hexadecimal digits, as ``hex(_:)`` writes it.
  private static func appendHex(_ value: UInt64, to bytes: inout [UInt8]) {
    for shift in stride(from: 60, through: 0, by: -4) {
      let digit = UInt8(truncatingIfNeeded: value >> UInt64(shift)) & 0xF
      bytes.append(digit < 10 ? 0x30 + digit : 0x61 + digit - 10)
    }
  }

  /// A size in decimal digits, as `String(size)` writes it.
  private static func appendDecimal(_ value: Int, to bytes: inout [UInt8]) {
    if value < 0 { bytes.append(UInt8(ascii: "-")) }
    let magnitude = value.magnitude
    var divisor: UInt = 1
    while divisor <= magnitude / 10 { divisor *= 10 }
    repeat {
      bytes.append(0x30 + UInt8(magnitude / divisor % 10))
      divisor /= 10
    } while divisor > 0
  }

  /// The record read from its text; nil when it is not one (another version's, or damaged).
  public init?(decoding data: Data) {
    let header = Array(Self.header.utf8)
    var units: [Unit] = []
    let valid = data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Bool in
      let bytes = raw.bindMemory(to: UInt8.self)
      guard bytes.count >= header.count, bytes.prefix(header.count).elementsEqual(header) else {
        return false
      }
      var start = header.count
      while start < bytes.count {
        var end = start
        while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
        // `u <digest> <key>`, `f <size> <path>` or `b <start> <length> …`
        guard end - start > 2, bytes[start + 1] == UInt8(ascii: " ") else { return false }
        if bytes[start] == UInt8(ascii: "b") {
          guard let file = units.last?.files.last,
            let bounds = Self.bounds(UnsafeBufferPointer(rebasing: bytes[(start + 2)..<end]))
          else { return false }
          units[units.count - 1].rowBounds[file.path] = bounds
          start = end + 1
          continue
        }
        var space = start + 2
        var number: UInt64 = 0
        let isUnit = bytes[start] == UInt8(ascii: "u")
        while space < end, bytes[space] != UInt8(ascii: " ") {
          let byte = bytes[space]
          if isUnit {
            guard let digit = Self.hexValue(byte) else { return false }
            number = number << 4 | UInt64(digit)
          } else {
            guard (0x30...0x39).contains(byte) else { return false }
            number = number &* 10 &+ UInt64(byte - 0x30)
          }
          space += 1
        }
        let name =
          space < end
          ? String(decoding: UnsafeBufferPointer(rebasing: bytes[(space + 1)..<end]), as: UTF8.self)
          : ""
        if isUnit {
          units.append(Unit(key: name, digest: number, files: []))
        } else if bytes[start] == UInt8(ascii: "f"), !name.isEmpty, !units.isEmpty {
          units[units.count - 1].files.append((name, Int(number)))
        } else {
          return false
        }
        start = end + 1
      }
      return true
    }
    guard valid else { return nil }
    self.init(units: units)
  }

  /// The bounds of a `b` line's numbers (`<start> <length> …`, each one space apart), summed
  /// up; nil when they are not.
  private static func bounds(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int]? {
    var bounds: [Int] = []
    var (value, sum, digits) = (0, 0, 0)
    for byte in bytes {
      if byte == UInt8(ascii: " ") {
        guard digits > 0 else { return nil }
        sum += value
        bounds.append(sum)
        (value, digits) = (0, 0)
      } else {
        guard (0x30...0x39).contains(byte), digits < 18 else { return nil }
        value = value * 10 + Int(byte - 0x30)
        digits += 1
      }
    }
    guard digits > 0 else { return nil }
    bounds.append(sum + value)
    return bounds
  }

  private static func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case 0x30...0x39: byte - 0x30
    case 0x61...0x66: byte - 0x61 + 10
    default: nil
    }
  }

  /// The record of the site in `folder`, when it has one and the folder holds exactly the
  /// files it lists (``matches(folder:)``); nil otherwise, and nothing of the old site is
  /// reused.
  public static func trusted(in folder: URL) -> BuildRecord? {
    read(from: folder).flatMap { $0.matches(folder: folder) ? $0 : nil }
  }

  /// The record of the site in `folder`, when it has one that can be read.
  public static func read(from folder: URL) -> BuildRecord? {
    let path = folder.standardizedFileURL.path + "/" + fileName
    guard FileSystemCalls.kind(of: path) == .file,
      let data = FileManager.default.contents(atPath: path)
    else { return nil }
    return BuildRecord(decoding: data)
  }

  /// Whether `folder` holds exactly the record's files, each of its size, and no other file
  /// but the marker and the record (its folders are not compared). Reads the sizes on every
  /// core; does not read the files.
  public func matches(folder: URL) -> Bool {
    let path = folder.standardizedFileURL.path
    guard
      let tree = OutputDirectory.fileHashes(
        under: path, skipping: [OutputDirectory.markerName, Self.fileName])
    else { return false }
    let found = StableHasher.unordered(tree.files)
    let listed = StableHasher.unordered(
      units.lazy.flatMap(\.files).map { OutputDirectory.fileHash($0.path, size: $0.size) })
    return found == listed
  }

  static func hex(_ value: UInt64) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
