import FileBytes
import ReportModel

/// The compact layout of a ``ParsedTaskFile``: numbers and strings as ``ByteWriter`` writes
/// them, each place as line and column with its path only when it is not the file's own.
extension ParsedTaskFile {
  /// The file's parse in the cache's layout; `path` is the file's (it is not written out).
  public func bytes(path: String) -> [UInt8] {
    var writer = ByteWriter(capacity: 64 + (task.map { $0.narrative.utf8.count + 256 } ?? 64))
    writer.write(task != nil)
    if let task { Self.write(task, path: path, into: &writer) }
    writer.write(UInt64(diagnostics.count))
    for diagnostic in diagnostics {
      writer.write(diagnostic.severity == .error)
      Self.write(diagnostic.location, path: path, into: &writer)
      writer.write(diagnostic.message)
      writer.write(diagnostic.notes)
    }
    return writer.bytes
  }

  /// The parse that ``bytes(path:)`` wrote for the file at `path`.
  public init(bytes: UnsafeRawBufferPointer, path: String) throws(ByteReader.Damaged) {
    var reader = ByteReader(bytes)
    let task = try reader.flag() ? Self.readTask(&reader, path: path) : nil
    let count = try reader.count()
    var diagnostics: [Diagnostic] = []
    diagnostics.reserveCapacity(count)
    for _ in 0..<count {
      let severity: Diagnostic.Severity = try reader.flag() ? .error : .warning
      let location = try Self.readLocation(&reader, path: path)
      let message = try reader.string()
      let notes = try reader.strings()
      diagnostics.append(Diagnostic(severity, location, message, notes: notes))
    }
    guard reader.isAtEnd else { throw ByteReader.Damaged(offset: reader.offset) }
    self.init(task: task, diagnostics: diagnostics)
  }

  private static func write(_ task: KeyTask, path: String, into writer: inout ByteWriter) {
    writer.write(task.number)
    writer.write(task.section)
    writer.write(task.subsection != nil)
    if let subsection = task.subsection { writer.write(subsection) }
    writer.write(task.text)
    writer.write(task.units)
    writer.write(UInt64(task.unitRoles.count))
    for role in task.unitRoles { writer.write(UInt64(roleCode(role))) }
    writer.write(task.status)
    writer.write(task.narrative)
    writer.write(task.unitMarkers)
    writer.write(task.leaders)
    writer.write(task.due)
    writer.write(task.dueAsWritten)
    writer.write(task.note)
    writer.write(task.narrativePeriod)
    writer.write(UInt64(task.earlierPeriods.count))
    for period in task.earlierPeriods {
      writer.write(period.period)
      writer.write(period.narrative)
    }
    writer.write(task.writtenAs.heading)
    writer.write(task.writtenAs.units)
    writer.write(task.writtenAs.status)
    write(task.locations.task, path: path, into: &writer)
    for field in TaskField.allCases { write(task.locations[field], path: path, into: &writer) }
    writer.write(UInt64(task.locations.unitCount))
    for index in 0..<task.locations.unitCount {
      write(task.locations.unit(at: index), path: path, into: &writer)
    }
  }

  private static func readTask(_ reader: inout ByteReader, path: String) throws(ByteReader.Damaged)
    -> KeyTask
  {
    let number = try reader.signed()
    let section = try reader.signed()
    let subsection = try reader.flag() ? reader.signed() : nil
    let text = try reader.string()
    let units = try reader.strings()
    var roles: [UnitRole] = []
    let roleCount = try reader.count()
    roles.reserveCapacity(roleCount)
    for _ in 0..<roleCount {
      let code = try reader.unsigned()
      guard let role = UnitRole.allCases.first(where: { UInt64(roleCode($0)) == code }) else {
        throw ByteReader.Damaged(offset: reader.offset)
      }
      roles.append(role)
    }
    let status = try reader.string()
    let narrative = try reader.string()
    let unitMarkers = try reader.strings()
    let leaders = try reader.strings()
    let due = try reader.optionalString()
    let dueAsWritten = try reader.optionalString()
    let note = try reader.optionalString()
    let narrativePeriod = try reader.optionalString()
    var earlierPeriods: [PeriodNarrative] = []
    for _ in 0..<(try reader.count()) {
      earlierPeriods.append(
        PeriodNarrative(period: try reader.string(), narrative: try reader.string()))
    }
    let spelling = TaskSpelling(
      heading: try reader.optionalString(), units: try reader.optionalString(),
      status: try reader.optionalString())
    var task = KeyTask(
      number: number, section: section, subsection: subsection, text: text, units: units,
      status: status, narrative: narrative, due: due, writtenAs: spelling,
      location: try readOptionalLocation(&reader, path: path))
    task.unitRoles = roles
    if !unitMarkers.isEmpty { task.unitMarkers = unitMarkers }
    if !leaders.isEmpty { task.leaders = leaders }
    if dueAsWritten != nil { task.dueAsWritten = dueAsWritten }
    if note != nil { task.note = note }
    if narrativePeriod != nil { task.narrativePeriod = narrativePeriod }
    if !earlierPeriods.isEmpty { task.earlierPeriods = earlierPeriods }
    for field in TaskField.allCases {
      if let place = try readOptionalLocation(&reader, path: path) {
        task.locations[field] = place
      }
    }
    let unitCount = try reader.count()
    task.locations.reserveUnits(unitCount)
    for _ in 0..<unitCount {
      task.locations.appendUnit(try readLocation(&reader, path: path))
    }
    return task
  }

  private static func roleCode(_ role: UnitRole) -> Int {
    switch role {
    case .lead: 0
    case .co: 1
    case .unstated: 2
    }
  }

  /// A place: 0 for none, 1 for one in the file itself, 2 for one elsewhere (its path
  /// follows); then line and column.
  private static func write(_ place: SourceLocation?, path: String, into writer: inout ByteWriter) {
    guard let place else {
      writer.write(UInt64(0))
      return
    }
    if place.path == path {
      writer.write(UInt64(1))
    } else {
      writer.write(UInt64(2))
      writer.write(place.path)
    }
    writer.write(place.line)
    writer.write(place.column)
  }

  private static func readOptionalLocation(_ reader: inout ByteReader, path: String)
    throws(ByteReader.Damaged) -> SourceLocation?
  {
    let kind = try reader.unsigned()
    guard kind != 0 else { return nil }
    guard kind <= 2 else { throw ByteReader.Damaged(offset: reader.offset) }
    let placePath = kind == 1 ? path : try reader.string()
    return SourceLocation(path: placePath, line: try reader.signed(), column: try reader.signed())
  }

  private static func readLocation(_ reader: inout ByteReader, path: String)
    throws(ByteReader.Damaged) -> SourceLocation
  {
    guard let place = try readOptionalLocation(&reader, path: path) else {
      throw ByteReader.Damaged(offset: reader.offset)
    }
    return place
  }
}
