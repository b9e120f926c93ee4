import ReportModel

/// A fast reader for the front matter of a task file exactly as report-site writes it (see
/// ``TaskFile/text(for:sectionNumeral:subsectionNumeral:)``): `key: scalar` lines, `units:`
/// with `  - item` lines, an optional `due:`, comment lines and a `writtenAs:` map of
/// 2-space-indented keys, with plain or double-quoted scalars as ``YAMLText`` writes them.
///
/// It answers only when it is certain to read what Yams reads, locations included, and when
/// the task has no problem to report; anything else (flow style, block scalars, single quotes,
/// anchors, tabs, other indentation, other escapes, blank lines, unknown or repeated keys, a
/// missing field, a value that is not a number or a date …) gives nil, and the file is read
/// with Yams, which reports every diagnostic.
enum TaskFrontMatter {
  /// The task whose front matter is `lines` (the lines between the `---` lines, the first at
  /// file line 2); nil when unsure.
  static func task(
    _ lines: ArraySlice<String>, path: String, narrative: String, location: SourceLocation
  ) -> KeyTask? {
    var fields: [String: (text: String, location: SourceLocation)] = [:]
    var units: [(text: String, location: SourceLocation)] = []
    var unitsLocation: SourceLocation?
    var spelling: [String: String] = [:]
    /// The block the next indented line belongs to.
    enum Block { case none, units, writtenAs }
    var block = Block.none
    var seen: Set<String> = []
    for index in lines.indices {
      let line = lines[index]
      let lineNumber = index - lines.startIndex + 2
      let utf8 = line.utf8
      guard let first = utf8.first else { return nil }
      if first == UInt8(ascii: "#") {
        guard isSafe(Substring(line)) else { return nil }
        block = .none
        continue
      }
      if first == UInt8(ascii: " ") {
        switch block {
        case .none:
          return nil
        case .units:
          guard line.hasPrefix("  - ") else { return nil }
          let start = line.index(line.startIndex, offsetBy: 4)
          guard let text = scalar(line[start...]) else { return nil }
          let itemLocation = SourceLocation(path: path, line: lineNumber, column: 5)
          if units.isEmpty {
            unitsLocation = SourceLocation(path: path, line: lineNumber, column: 3)
          }
          units.append((text, itemLocation))
        case .writtenAs:
          guard line.hasPrefix("  "), let (key, value) = pair(line.dropFirst(2)),
            ["heading", "units", "status"].contains(key), spelling[key] == nil,
            let value, let text = scalar(value)
          else { return nil }
          spelling[key] = text
        }
        continue
      }
      guard let (key, value) = pair(Substring(line)), seen.insert(key).inserted else {
        return nil
      }
      block = .none
      switch key {
      case "units":
        guard value == nil else { return nil }
        block = .units
      case "writtenAs":
        guard value == nil else { return nil }
        block = .writtenAs
      case "number", "section", "subsection", "task", "status", "due":
        guard let value, let text = scalar(value) else { return nil }
        let column = key.utf8.count + 3
        fields[key] = (text, SourceLocation(path: path, line: lineNumber, column: column))
      default:
        return nil
      }
    }
    // Empty lists and maps, and missing fields, are left to Yams and its diagnostics.
    if seen.contains("units") && units.isEmpty { return nil }
    if seen.contains("writtenAs") && spelling.isEmpty { return nil }
    guard let number = fields["number"].flatMap({ integer($0.text) }),
      let section = fields["section"].flatMap({ integer($0.text) }),
      let text = fields["task"]?.text, let status = fields["status"]?.text,
      let unitsLocation
    else { return nil }
    var subsection: Int?
    if let written = fields["subsection"] {
      guard let value = integer(written.text) else { return nil }
      subsection = value
    }
    var due: String?
    if let written = fields["due"] {
      guard ISODate(written.text.trimmedSpace) != nil else { return nil }
      due = written.text.trimmedSpace
    }
    var task = KeyTask(
      number: number, section: section, subsection: subsection, text: text,
      units: units.map(\.text), status: status, narrative: narrative, due: due,
      writtenAs: TaskSpelling(
        heading: spelling["heading"], units: spelling["units"], status: spelling["status"]),
      location: location)
    for field in TaskField.allCases {
      if let found = fields[field.rawValue] { task.fieldLocations[field] = found.location }
    }
    task.fieldLocations[.units] = unitsLocation
    task.unitLocations = units.map(\.location)
    return task
  }

  /// `key:` alone (value nil) or `key: value`, for a key of ASCII letters.
  private static func pair(_ line: Substring) -> (String, Substring?)? {
    guard let colon = line.utf8.firstIndex(of: UInt8(ascii: ":")), colon > line.startIndex,
      line.utf8[..<colon].allSatisfy({
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0 | 0x20)
      })
    else { return nil }
    let key = String(line[..<colon])
    let rest = line[line.utf8.index(after: colon)...]
    if rest.isEmpty { return (key, nil) }
    guard rest.utf8.first == UInt8(ascii: " "), rest.utf8.count > 1 else { return nil }
    return (key, rest.dropFirst())
  }

  /// The text of a plain or double-quoted scalar that fills the rest of its line.
  private static func scalar(_ written: Substring) -> String? {
    guard isSafe(written), let first = written.unicodeScalars.first else { return nil }
    if first == "\"" { return quoted(written) }
    // Indicators and spaces that make YAML read a plain scalar differently, or not at all.
    if "-?:,[]{}#&*!|>'\"%@` \u{3000}".unicodeScalars.contains(first) { return nil }
    if let last = written.unicodeScalars.last, last == " " || last == ":" || last == "\u{3000}" {
      return nil
    }
    var previous: Unicode.Scalar = "x"
    for scalar in written.unicodeScalars {
      if (previous == ":" && scalar == " ") || (previous == " " && scalar == "#") { return nil }
      previous = scalar
    }
    if ["~", "null", "Null", "NULL"].contains(written) { return nil }
    return String(written)
  }

  /// A double-quoted scalar with only the escapes ``YAMLText/quoted(_:)`` writes.
  private static func quoted(_ written: Substring) -> String? {
    var scalars = written.unicodeScalars.dropFirst()
    guard scalars.last == "\"" else { return nil }
    scalars = scalars.dropLast()
    var out = String.UnicodeScalarView()
    var iterator = scalars.makeIterator()
    while let scalar = iterator.next() {
      if scalar == "\"" { return nil }
      guard scalar == "\\" else {
        out.append(scalar)
        continue
      }
      switch iterator.next() {
      case "\"": out.append("\"")
      case "\\": out.append("\\")
      case "n": out.append("\n")
      case "t": out.append("\t")
      case "r": out.append("\r")
      case "x":
        guard let value = hex(&iterator, digits: 2), let decoded = Unicode.Scalar(value) else {
          return nil
        }
        out.append(decoded)
      case "u":
        // Yams drops an escaped byte order mark.
        guard let value = hex(&iterator, digits: 4), value != 0xFEFF,
          let decoded = Unicode.Scalar(value)
        else { return nil }
        out.append(decoded)
      default:
        return nil
      }
    }
    return String(out)
  }

  private static func hex(
    _ iterator: inout Substring.UnicodeScalarView.Iterator, digits: Int
  ) -> UInt32? {
    var value: UInt32 = 0
    for _ in 0..<digits {
      guard let digit = iterator.next(), let number = Int(String(digit), radix: 16) else {
        return nil
      }
      value = value * 16 + UInt32(number)
    }
    return value
  }

  /// Whether every character is one that YAML reads as itself within a line: no control
  /// characters, no line or paragraph separators, no byte order mark, no non-characters.
  private static func isSafe(_ text: Substring) -> Bool {
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if value < 0x20 || (0x7F...0x9F).contains(value) || value == 0x2028 || value == 0x2029
        || value == 0xFEFF || value >= 0xFFFE && value <= 0xFFFF
      {
        return false
      }
    }
    return true
  }

  /// A number as ``YAMLReader/integer(_:_:in:required:)`` reads it.
  private static func integer(_ text: String) -> Int? {
    Int(text.trimmedSpace) ?? ChineseNumeral.value(of: text.trimmedSpace)
  }
}
