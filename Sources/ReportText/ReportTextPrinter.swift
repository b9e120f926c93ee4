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
      case .section(section.number, section.title) = ReportLine(lastLine(written))
    {
      return written
    }
    return ReportTextSpelling.sectionHeading(section)
  }

  private static func subsectionHeading(_ subsection: ReportSubsection, style: TextStyle)
    -> String
  {
    if let written = subsection.writtenAs,
      case .subsection(subsection.number, subsection.title, _, _) = ReportLine(lastLine(written))
    {
      return written
    }
    return ReportTextSpelling.subsectionHeading(subsection, style: style)
  }

  private static func taskLines(_ task: KeyTask, style: TextStyle) -> [String] {
    var heading = ReportTextSpelling.heading(task, style: style)
    if let written = task.writtenAs.heading,
      case .taskHeading(task.number, _, let text) = ReportLine(lastLine(written)),
      text.trimmedSpace == task.text
    {
      heading = written
    }
    var units = ReportTextSpelling.unitsLine(task.units, style: style)
    if let written = task.writtenAs.units, case .units(_, let rest) = ReportLine(lastLine(written)),
      ReportLine.splitUnits(rest).names == task.units
    {
      units = written
    }
    var status = ReportTextSpelling.statusPrefix(task.status, style: style)
    if let written = task.writtenAs.status,
      case .status(_, let rest) = ReportLine(lastLine(written)),
      writtenStatus(rest) == task.status
    {
      status = written
    }
    return [heading, units, status + task.narrative]
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
