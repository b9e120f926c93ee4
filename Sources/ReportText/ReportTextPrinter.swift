import ReportModel

/// Writes a `Round` back as report text. A line the report wrote in its own way (kept in a
/// `writtenAs`) is written as it was while it still says what the round says; an edited one is
/// written in the round's style.
public enum ReportTextPrinter {
  public static func text(for round: Round) -> String {
    var lines: [String] = []
    lines.append(contentsOf: header(round))
    if let intro = round.intro { lines.append(intro) }
    var tasksByPlace: [Place: [KeyTask]] = [:]
    for task in round.tasks.sorted(by: { $0.number < $1.number }) {
      tasksByPlace[Place(section: task.section, subsection: task.subsection), default: []]
        .append(task)
    }
    for section in round.sections {
      lines.append(sectionHeading(section))
      for task in tasksByPlace[Place(section: section.number, subsection: nil)] ?? [] {
        lines.append(contentsOf: taskLines(task, style: round.style))
      }
      for subsection in section.subsections {
        lines.append(subsectionHeading(subsection, style: round.style))
        let place = Place(section: section.number, subsection: subsection.number)
        for task in tasksByPlace[place] ?? [] {
          lines.append(contentsOf: taskLines(task, style: round.style))
        }
      }
    }
    return lines.joined(separator: "\n")
  }

  private struct Place: Hashable {
    var section: Int
    var subsection: Int?
  }

  private static func header(_ round: Round) -> [String] {
    if let written = round.headerWrittenAs,
      ReportHeader.parse(written).entries == round.metadata
    {
      return written
    }
    return ReportHeader.render(round.metadata, colon: round.style.colon)
  }

  private static func sectionHeading(_ section: ReportSection) -> String {
    if let written = section.writtenAs,
      case .section(section.number, section.title) = ReportLine(lastLine(written), labels: .builtIn)
    {
      return written
    }
    return ReportTextSpelling.sectionHeading(section)
  }

  private static func subsectionHeading(_ subsection: ReportSubsection, style: TextStyle)
    -> String
  {
    if let written = subsection.writtenAs,
      case .subsection(subsection.number, subsection.title, _, _) = ReportLine(
        lastLine(written), labels: .builtIn)
    {
      return written
    }
    return ReportTextSpelling.subsectionHeading(subsection, style: style)
  }

  private static func taskLines(_ task: KeyTask, style: TextStyle) -> [String] {
    var heading = ReportTextSpelling.heading(task, style: style)
    if let written = task.writtenAs.heading,
      case .taskHeading(task.number, _, let text) = ReportLine(lastLine(written), labels: .builtIn),
      text.trimmedSpace == task.text
    {
      heading = written
    }
    var units = ReportTextSpelling.unitsLines(task, style: style)
    if let written = task.writtenAs.units, units.count == 1,
      let rest = ReportLine.afterColon(lastLine(written)), saysUnits(rest, of: task)
    {
      units = [written]
    }
    let label = task.narrativePeriod.map { $0 + ReportTextSpelling.periodLabel }
    var status =
      (label ?? ReportLine.statusLabel) + style.colon + task.status + style.statusTerminator
    if label == nil, let written = task.writtenAs.status,
      let rest = ReportLine.afterColon(lastLine(written)), writtenStatus(rest) == task.status
    {
      status = written
    }
    var lines = [heading] + units + ReportTextSpelling.fieldLines(task, style: style)
    lines.append(status + task.narrative)
    if let note = task.note {
      lines.append(ReportTextSpelling.noteLabel + style.colon + note)
    }
    return lines
  }

  /// Whether a kept `责任单位:` line still names the task's units, markers and roles.
  private static func saysUnits(_ rest: String, of task: KeyTask) -> Bool {
    var units: [String] = []
    var markers: [String] = []
    var roles: [UnitRole] = []
    for name in ReportLine.splitUnits(rest).names {
      let split = UnitRole.splitMarker(name)
      units.append(split?.name ?? name)
      markers.append(split?.marker ?? "")
      roles.append(split?.role ?? .unstated)
    }
    return units == task.units
      && (markers.allSatisfy(\.isEmpty) ? [] : markers) == task.unitMarkers
      && (roles.allSatisfy { $0 == .unstated } ? [] : roles) == task.unitRoles
  }

  /// The status words in a kept status prefix (label and colon already removed).
  private static func writtenStatus(_ rest: String) -> String {
    var words = rest
    if let last = words.last, StatusSplitter.terminators.contains(last) { words.removeLast() }
    return words.trimmedSpace
  }

  /// A kept line may start with the blank lines that stood before it.
  private static func lastLine(_ written: String) -> String {
    written.split(separator: "\n", omittingEmptySubsequences: false).last.map(String.init) ?? ""
  }
}
