import ReportModel

/// The state of ``TaskFrontMatter`` line by line.
struct FrontMatterReader {
  /// The block the next indented line belongs to.
  enum Block { case none, units, writtenAs, roles, unitMarkers, leaders, earlierPeriods }

  typealias Field = (text: String, location: SourceLocation)

  let path: String
  let text: TextBytes
  var block = Block.none
  /// The key of the list block being read, other than `units`.
  var listKey: FrontMatterKey?
  /// The keys read so far, one bit per ``FrontMatterKey``.
  var seen: UInt16 = 0
  /// The scalar fields read, by ``FrontMatterKey`` raw value.
  var fields = [Field?](repeating: nil, count: FrontMatterKey.allCases.count)
  var units: [String] = []
  var unitLocations: [SourceLocation] = []
  var unitsLocation: SourceLocation?
  var spelling = TaskSpelling()
  var roles: [UnitRole] = []
  var unitMarkers: [String] = []
  var leaders: [String] = []
  var earlierPeriods: [(period: String, narrative: String?)] = []

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
      listKey = nil
      return YAMLScalarBytes.isSafe(line)
    case UInt8(ascii: " "):
      // A list's location is its first item's dash, as Yams gives it.
      if let key = listKey, fields[key.rawValue] == nil {
        fields[key.rawValue] = ("", SourceLocation(path: path, line: lineNumber, column: 3))
      }
      switch block {
      case .none: return false
      case .units: return readUnit(line, lineNumber: lineNumber)
      case .writtenAs: return readSpelling(line)
      case .roles:
        guard let item = listItem(line), let role = UnitRole(rawValue: item) else { return false }
        roles.append(role)
        return true
      case .unitMarkers:
        guard let item = listItem(line) else { return false }
        unitMarkers.append(item)
        return true
      case .leaders:
        guard let item = listItem(line) else { return false }
        leaders.append(item)
        return true
      case .earlierPeriods: return readPeriod(line)
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

  /// The text of a `  - item` line of a list of scalars.
  private func listItem(_ line: UnsafeBufferPointer<UInt8>) -> String? {
    guard line.starts(with: "  - ".utf8) else { return nil }
    let item = UnsafeBufferPointer(rebasing: line[4...])
    guard UTF8Bytes.startsCharacter(item) else { return nil }
    return YAMLScalarBytes.value(item, in: text)
  }

  /// `  - period: …` then `    narrative: …` under `earlierPeriods:`.
  private mutating func readPeriod(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
    if line.starts(with: "  - ".utf8) {
      guard let (name, value) = Self.pair(UnsafeBufferPointer(rebasing: line[4...])), let value,
        name.elementsEqual("period".utf8), let period = YAMLScalarBytes.value(value, in: text)
      else { return false }
      earlierPeriods.append((period, nil))
      return true
    }
    guard line.starts(with: "    ".utf8), let last = earlierPeriods.last, last.narrative == nil,
      let (name, value) = Self.pair(UnsafeBufferPointer(rebasing: line[4...])), let value,
      name.elementsEqual("narrative".utf8),
      let narrative = YAMLScalarBytes.value(value, in: text)
    else { return false }
    earlierPeriods[earlierPeriods.count - 1].narrative = narrative
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
    listKey = nil
    switch key {
    case .units:
      guard value == nil else { return false }
      block = .units
    case .writtenAs:
      guard value == nil else { return false }
      block = .writtenAs
    case .roles, .unitMarkers, .leaders, .earlierPeriods:
      guard value == nil else { return false }
      listKey = key
      block =
        switch key {
        case .roles: .roles
        case .unitMarkers: .unitMarkers
        case .leaders: .leaders
        default: .earlierPeriods
        }
    case .number, .section, .subsection, .task, .status, .due, .dueAsWritten, .note, .period:
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
    // Lists that do not match the units, and unfinished entries, are left to Yams as well.
    if has(.roles) && roles.count != units.count { return nil }
    if has(.unitMarkers) && unitMarkers.count != units.count { return nil }
    if has(.leaders) && leaders.isEmpty { return nil }
    if has(.earlierPeriods)
      && (earlierPeriods.isEmpty || earlierPeriods.contains { $0.narrative == nil })
    {
      return nil
    }
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
    task.locations.reserveUnits(unitLocations.count)
    for key in FrontMatterKey.allCases {
      if let field = key.field, let found = self[key] {
        task.locations[field] = found.location
      }
    }
    task.unitRoles = roles
    task.unitMarkers = unitMarkers
    task.leaders = leaders
    task.dueAsWritten = self[.dueAsWritten]?.text
    task.note = self[.note]?.text
    task.narrativePeriod = self[.period]?.text
    task.earlierPeriods = earlierPeriods.map {
      PeriodNarrative(period: $0.period, narrative: $0.narrative ?? "")
    }
    task.locations[.units] = unitsLocation
    for place in unitLocations { task.locations.appendUnit(place) }
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
