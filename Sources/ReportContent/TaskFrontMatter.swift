import ReportModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A fast reader for the front matter of a task file exactly as report-site writes it (see
/// ``TaskFile/text(for:sectionNumeral:subsectionNumeral:)``): `key: scalar` lines, `units:`
/// with `  - item` lines, an optional `due:`, comment lines and a `writtenAs:` map of
/// 2-space-indented keys, with plain or double-quoted scalars as ``YAMLText`` writes them.
/// It reads UTF-8 bytes, and makes a string only for each value.
///
/// It answers only when it is certain to read what Yams reads, locations included, and when
/// the task has no problem to report; anything else (flow style, block scalars, single quotes,
/// anchors, tabs, other indentation, other escapes, blank lines, unknown or repeated keys, a
/// missing field, a value that is not a number or a date, a value that starts with a mark that
/// joins the space before it …) gives nil, and the file is read with Yams, which reports every
/// diagnostic.
enum TaskFrontMatter {
  /// The task whose front matter is `frontMatter` (the lines between the `---` lines, joined
  /// by newlines, the first at file line 2); nil when unsure.
  static func task(
    _ frontMatter: String, path: String, narrative: String, location: SourceLocation
  ) -> KeyTask? {
    TextBytes.with(frontMatter) { text in
      task(
        text.bytes[...], of: text, path: path, narrative: narrative, location: location)
    }
  }

  /// The task whose front matter is `part` of the UTF-8 bytes of `text` (the lines between
  /// the `---` lines, joined by newlines, the first at file line 2); nil when unsure.
  static func task(
    _ part: Slice<UnsafeBufferPointer<UInt8>>, of text: TextBytes, path: String,
    narrative: String, location: SourceLocation
  ) -> KeyTask? {
    let bytes = UnsafeBufferPointer(rebasing: part)
    var reader = FrontMatterReader(path: path, text: text)
    var lineStart = 0
    var lineNumber = 2
    while true {
      let lineEnd = UTF8Bytes.index(of: UInt8(ascii: "\n"), in: bytes, from: lineStart)
      let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<(lineEnd ?? bytes.count)])
      guard reader.read(line, lineNumber: lineNumber) else { return nil }
      guard let lineEnd else { break }
      lineStart = lineEnd + 1
      lineNumber += 1
    }
    return reader.task(narrative: narrative, location: location)
  }
}

/// The keys of a task's front matter.
private enum FrontMatterKey: Int, CaseIterable {
  case number, section, subsection, task, units, status, due, writtenAs

  /// The key spelled by `bytes`, exactly.
  init?(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let base = bytes.baseAddress else { return nil }
    for key in Self.allCases {
      let name = key.name
      if name.utf8CodeUnitCount == bytes.count, memcmp(name.utf8Start, base, bytes.count) == 0 {
        self = key
        return
      }
    }
    return nil
  }

  var name: StaticString {
    switch self {
    case .number: "number"
    case .section: "section"
    case .subsection: "subsection"
    case .task: "task"
    case .units: "units"
    case .status: "status"
    case .due: "due"
    case .writtenAs: "writtenAs"
    }
  }

  /// The task field read from this key, if any.
  var field: TaskField? {
    switch self {
    case .number: .number
    case .section: .section
    case .subsection: .subsection
    case .task: .task
    case .units: .units
    case .status: .status
    case .due: .due
    case .writtenAs: nil
    }
  }
}

/// The state of ``TaskFrontMatter`` line by line.
private struct FrontMatterReader {
  /// The block the next indented line belongs to.
  enum Block { case none, units, writtenAs }

  typealias Field = (text: String, location: SourceLocation)

  let path: String
  let text: TextBytes
  var block = Block.none
  /// The keys read so far, one bit per ``FrontMatterKey``.
  var seen: UInt16 = 0
  /// The scalar fields read, by ``FrontMatterKey`` raw value.
  var fields = [Field?](repeating: nil, count: FrontMatterKey.allCases.count)
  var units: [String] = []
  var unitLocations: [SourceLocation] = []
  var unitsLocation: SourceLocation?
  var spelling = TaskSpelling()

  init(path: String, text: TextBytes) {
    self.path = path
    self.text = text
  }

  /// Reads one line; false when unsure.
  mutating func read(_ line: UnsafeBufferPointer<UInt8>, lineNumber: Int) -> Bool {
    guard let first = line.first else { return false }
    switch first {
    case UInt8(ascii: "#"):
      block = .none
      return YAMLScalarBytes.isSafe(line)
    case UInt8(ascii: " "):
      switch block {
      case .none: return false
      case .units: return readUnit(line, lineNumber: lineNumber)
      case .writtenAs: return readSpelling(line)
      }
    default:
      return readField(line, lineNumber: lineNumber)
    }
  }

  /// `  - unit` under `units:`.
  private mutating func readUnit(_ line: UnsafeBufferPointer<UInt8>, lineNumber: Int) -> Bool {
    guard line.starts(with: "  - ".utf8) else { return false }
    let item = UnsafeBufferPointer(rebasing: line[4...])
    guard UTF8Bytes.startsCharacter(item), let value = YAMLScalarBytes.value(item, in: text)
    else { return false }
    if units.isEmpty {
      unitsLocation = SourceLocation(path: path, line: lineNumber, column: 3)
    }
    units.append(value)
    unitLocations.append(SourceLocation(path: path, line: lineNumber, column: 5))
    return true
  }

  /// `  key: value` under `writtenAs:`.
  private mutating func readSpelling(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
    guard line.starts(with: "  ".utf8),
      let (name, value) = Self.pair(UnsafeBufferPointer(rebasing: line[2...])), let value,
      let text = YAMLScalarBytes.value(value, in: text)
    else { return false }
    if name.elementsEqual("heading".utf8), spelling.heading == nil {
      spelling.heading = text
    } else if name.elementsEqual("units".utf8), spelling.units == nil {
      spelling.units = text
    } else if name.elementsEqual("status".utf8), spelling.status == nil {
      spelling.status = text
    } else {
      return false
    }
    return true
  }

  /// `key: value`, `units:` or `writtenAs:` at the top level.
  private mutating func readField(_ line: UnsafeBufferPointer<UInt8>, lineNumber: Int) -> Bool {
    guard let (name, value) = Self.pair(line), let key = FrontMatterKey(name) else {
      return false
    }
    let bit: UInt16 = 1 << key.rawValue
    guard seen & bit == 0 else { return false }
    seen |= bit
    block = .none
    switch key {
    case .units:
      guard value == nil else { return false }
      block = .units
    case .writtenAs:
      guard value == nil else { return false }
      block = .writtenAs
    case .number, .section, .subsection, .task, .status, .due:
      guard let value, let text = YAMLScalarBytes.value(value, in: text) else { return false }
      let column = name.count + 3
      fields[key.rawValue] = (text, SourceLocation(path: path, line: lineNumber, column: column))
    }
    return true
  }

  /// `key:` alone (value nil) or `key: value`, for a key of ASCII letters; nil when the value
  /// starts with a scalar that would make one character with the space before it.
  private static func pair(
    _ line: UnsafeBufferPointer<UInt8>
  ) -> (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>?)? {
    guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > 0,
      line[..<colon].allSatisfy({ (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0 | 0x20) })
    else { return nil }
    let key = UnsafeBufferPointer(rebasing: line[..<colon])
    let rest = UnsafeBufferPointer(rebasing: line[(colon + 1)...])
    if rest.isEmpty { return (key, nil) }
    guard rest.first == UInt8(ascii: " "), rest.count > 1 else { return nil }
    let value = UnsafeBufferPointer(rebasing: rest[1...])
    guard UTF8Bytes.startsCharacter(value) else { return nil }
    return (key, value)
  }

  /// The task read; nil when a field is missing or unsure.
  func task(narrative: String, location: SourceLocation) -> KeyTask? {
    // Empty lists and maps, and missing fields, are left to Yams and its diagnostics.
    if has(.units) && units.isEmpty { return nil }
    if has(.writtenAs) && spelling.isEmpty { return nil }
    guard let number = self[.number].flatMap({ Self.integer($0.text) }),
      let section = self[.section].flatMap({ Self.integer($0.text) }),
      let text = self[.task]?.text, let status = self[.status]?.text,
      let unitsLocation
    else { return nil }
    var subsection: Int?
    if let written = self[.subsection] {
      guard let value = Self.integer(written.text) else { return nil }
      subsection = value
    }
    var due: String?
    if let written = self[.due] {
      let trimmed = written.text.trimmedSpace
      guard ISODate(trimmed) != nil else { return nil }
      due = trimmed
    }
    var task = KeyTask(
      number: number, section: section, subsection: subsection, text: text, units: units,
      status: status, narrative: narrative, due: due, writtenAs: spelling, location: location)
    task.fieldLocations.reserveCapacity(FrontMatterKey.allCases.count)
    for key in FrontMatterKey.allCases {
      if let field = key.field, let found = self[key] {
        task.fieldLocations[field] = found.location
      }
    }
    task.fieldLocations[.units] = unitsLocation
    task.unitLocations = unitLocations
    return task
  }

  /// Whether the key was read.
  private func has(_ key: FrontMatterKey) -> Bool { seen & (1 << key.rawValue) != 0 }

  /// The scalar field read for `key`.
  private subscript(_ key: FrontMatterKey) -> Field? { fields[key.rawValue] }

  /// A number as ``YAMLReader/integer(_:_:in:required:)`` reads it.
  private static func integer(_ text: String) -> Int? {
    let trimmed = text.trimmedSpace
    return Int(trimmed) ?? ChineseNumeral.value(of: trimmed)
  }
}

/// A string and its UTF-8 bytes, so that the text of a part of the bytes is copied from the
/// string, without validating it again.
struct TextBytes {
  let text: String
  let bytes: UnsafeBufferPointer<UInt8>

  /// `body` over `text` and its bytes.
  static func with<Result>(_ text: String, _ body: (TextBytes) -> Result) -> Result {
    var text = text
    text.makeContiguousUTF8()
    let native = text
    return native.utf8.withContiguousStorageIfAvailable { body(TextBytes(text: native, bytes: $0)) }
      ?? Array(native.utf8).withUnsafeBufferPointer { body(TextBytes(text: native, bytes: $0)) }
  }

  /// The text of `part`, a part of ``bytes`` that starts and ends at scalar boundaries.
  func string(_ part: UnsafeBufferPointer<UInt8>) -> String {
    guard let base = bytes.baseAddress, let start = part.baseAddress else { return "" }
    let utf8 = text.utf8
    let lower = utf8.index(utf8.startIndex, offsetBy: base.distance(to: start))
    let upper = utf8.index(lower, offsetBy: part.count)
    return String(Substring(utf8[lower..<upper]))
  }
}

/// YAML scalars that fill the rest of a line, read from UTF-8 bytes.
enum YAMLScalarBytes {
  /// The text of a plain or double-quoted scalar, `written` in `text`; nil when YAML might
  /// read it otherwise.
  static func value(_ written: UnsafeBufferPointer<UInt8>, in text: TextBytes) -> String? {
    guard isSafe(written), let first = written.first else { return nil }
    if first == UInt8(ascii: "\"") { return quoted(written) }
    // Indicators and spaces that make YAML read a plain scalar differently, or not at all.
    if isIndicator(first) || written.starts(with: ideographicSpace) { return nil }
    if let last = written.last, last == UInt8(ascii: " ") || last == UInt8(ascii: ":") {
      return nil
    }
    if written.count >= 3, written[(written.count - 3)...].elementsEqual(ideographicSpace) {
      return nil
    }
    var previous = UInt8(ascii: "x")
    for byte in written {
      if (previous == UInt8(ascii: ":") && byte == UInt8(ascii: " "))
        || (previous == UInt8(ascii: " ") && byte == UInt8(ascii: "#"))
      {
        return nil
      }
      previous = byte
    }
    if written.count <= 4,
      ["~", "null", "Null", "NULL"].contains(where: { $0.utf8.elementsEqual(written) })
    {
      return nil
    }
    return text.string(written)
  }

  /// Whether a plain scalar cannot start with `byte`: `-?:,[]{}#&*!|>'"%@` and space.
  private static func isIndicator(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","),
      UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"),
      UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"),
      UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"), UInt8(ascii: "\""),
      UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"), UInt8(ascii: " "):
      true
    default: false
    }
  }

  /// U+3000 in UTF-8.
  private static let ideographicSpace: [UInt8] = [0xE3, 0x80, 0x80]

  /// A double-quoted scalar with only the escapes ``YAMLText/quoted(_:)`` writes.
  private static func quoted(_ written: UnsafeBufferPointer<UInt8>) -> String? {
    guard written.count >= 2, written.last == UInt8(ascii: "\"") else { return nil }
    let inside = UnsafeBufferPointer(rebasing: written[1..<(written.count - 1)])
    var out: [UInt8] = []
    out.reserveCapacity(inside.count)
    var index = 0
    while index < inside.count {
      let byte = inside[index]
      index += 1
      if byte == UInt8(ascii: "\"") { return nil }
      guard byte == UInt8(ascii: "\\") else {
        out.append(byte)
        continue
      }
      guard index < inside.count else { return nil }
      let escape = inside[index]
      index += 1
      switch escape {
      case UInt8(ascii: "\""): out.append(UInt8(ascii: "\""))
      case UInt8(ascii: "\\"): out.append(UInt8(ascii: "\\"))
      case UInt8(ascii: "n"): out.append(UInt8(ascii: "\n"))
      case UInt8(ascii: "t"): out.append(UInt8(ascii: "\t"))
      case UInt8(ascii: "r"): out.append(UInt8(ascii: "\r"))
      case UInt8(ascii: "x"), UInt8(ascii: "u"):
        let digits = escape == UInt8(ascii: "x") ? 2 : 4
        // Yams drops an escaped byte order mark.
        guard let value = hex(inside, at: index, digits: digits), value != 0xFEFF,
          let scalar = Unicode.Scalar(value)
        else { return nil }
        index += digits
        UTF8.encode(scalar) { out.append($0) }
      default:
        return nil
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// The value of `digits` hexadecimal digits at `index`.
  private static func hex(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, digits: Int)
    -> UInt32?
  {
    guard index + digits <= bytes.count else { return nil }
    var value: UInt32 = 0
    for byte in bytes[index..<(index + digits)] {
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      default: return nil
      }
      value = value * 16 + UInt32(digit)
    }
    return value
  }

  /// Whether every scalar is one that YAML reads as itself within a line: no control
  /// characters, no line or paragraph separators, no byte order mark, no non-characters.
  static func isSafe(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      index += 1
      switch byte {
      case 0..<0x20, 0x7F:
        return false
      case 0xC2:
        // U+0080…U+009F
        if index < bytes.count, (0x80...0x9F).contains(bytes[index]) { return false }
      case 0xE2:
        // U+2028, U+2029
        if index + 1 < bytes.count, bytes[index] == 0x80, (0xA8...0xA9).contains(bytes[index + 1]) {
          return false
        }
      case 0xEF:
        // U+FEFF, U+FFFE, U+FFFF
        if index + 1 < bytes.count,
          (bytes[index] == 0xBB && bytes[index + 1] == 0xBF)
            || (bytes[index] == 0xBF && (0xBE...0xBF).contains(bytes[index + 1]))
        {
          return false
        }
      default:
        continue
      }
    }
    return true
  }
}

/// Searching and judging UTF-8 bytes.
enum UTF8Bytes {
  /// The first index of `byte` in `bytes` at or after `start`.
  static func index(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
    guard start < bytes.count, let base = bytes.baseAddress,
      let found = memchr(base + start, Int32(byte), bytes.count - start)
    else { return nil }
    return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
  }

  /// Whether the scalar at the start of `bytes` (valid UTF-8) begins a character after a
  /// space, rather than joining it as a mark: so that a space before it is a character of
  /// its own, as YAML and the reference reader take it.
  static func startsCharacter(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let lead = bytes.first else { return true }
    // ASCII, and the CJK ideographs U+4000…U+9FFF, never join.
    if lead < 0x80 || (0xE4...0xE9).contains(lead) { return true }
    let scalars = String(decoding: bytes.prefix(4), as: UTF8.self).unicodeScalars
    guard let scalar = scalars.first else { return false }
    var probe = " "
    probe.unicodeScalars.append(scalar)
    return probe.count == 2
  }
}
