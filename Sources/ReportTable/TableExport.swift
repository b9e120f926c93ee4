import Foundation
import ReportModel

/// A round written as a table: the header as title rows, a header row of common labels, each
/// section and subsection as one row merged across the table, one row per task. Cells are
/// neutralised against formula injection. What `TableImporter` reads back is the same round.
public enum TableExport {
  /// The header words of the narrative columns.
  static let narrativeLabel = "贯彻落实情况"
  static let periodLabel = "推进情况"

  /// The columns a round needs, in order.
  enum Column: Hashable {
    case number, task, units, leadUnits, coUnits, leaders, due, status, note
    /// A narrative column: this round's (`nil` period: 贯彻落实情况) or a period's.
    case narrative(period: String?)

    var header: String {
      switch self {
      case .number: "序号"
      case .task: "重点任务"
      case .units: "责任单位"
      case .leadUnits: "牵头单位"
      case .coUnits: "配合单位"
      case .leaders: "分管领导"
      case .due: "完成时限"
      case .status: "完成状态"
      case .note: "备注"
      case .narrative(let period): period.map { $0 + periodLabel } ?? narrativeLabel
      }
    }
  }

  /// Whether a task's units are written in 牵头单位 and 配合单位 columns (roles stated by
  /// columns) rather than in 责任单位 (no roles, or roles stated by inline markers).
  static func usesRoleColumns(_ task: KeyTask) -> Bool {
    task.statesRoles && !task.unitMarkers.contains { !$0.isEmpty }
  }

  static func columns(for round: Round) -> [Column] {
    let tasks = round.tasks
    var columns: [Column] = [.number, .task]
    if tasks.contains(where: { !usesRoleColumns($0) }) { columns.append(.units) }
    if tasks.contains(where: usesRoleColumns) { columns += [.leadUnits, .coUnits] }
    if tasks.contains(where: { !$0.leaders.isEmpty }) { columns.append(.leaders) }
    if tasks.contains(where: { $0.dueAsWritten != nil }) { columns.append(.due) }
    columns.append(.status)
    var periods: [String] = []
    var seen = Set<String>()
    for task in tasks {
      for earlier in task.earlierPeriods where seen.insert(earlier.period).inserted {
        periods.append(earlier.period)
      }
    }
    var current: [String?] = []
    var seenCurrent = Set<String?>()
    for task in tasks where seenCurrent.insert(task.narrativePeriod).inserted {
      current.append(task.narrativePeriod)
    }
    columns += periods.filter { period in !current.contains(period) }.map {
      Column.narrative(period: $0)
    }
    columns += current.map { Column.narrative(period: $0) }
    if tasks.contains(where: { $0.note != nil }) { columns.append(.note) }
    return columns
  }

  /// The round as a sheet named `name`.
  public static func sheet(for round: Round, name: String = "重点任务") -> TableSheet {
    let columns = columns(for: round)
    var sheet = TableSheet(name: name, width: columns.count)
    for line in TableTitle.lines(for: round.metadata) {
      sheet.appendSpanning(SpreadsheetText.neutralised(line))
    }
    sheet.headerRow = sheet.rows.count
    sheet.rows.append(columns.map(\.header))
    var bySection: [Int: [Int?: [KeyTask]]] = [:]
    for task in round.tasks {
      bySection[task.section, default: [:]][task.subsection, default: []].append(task)
    }
    for section in round.sections {
      sheet.appendSpanning(
        headingCell(
          section.writtenAs, isSection: true, number: section.number, title: section.title))
      let groups = bySection[section.number] ?? [:]
      for task in groups[nil] ?? [] { sheet.rows.append(cells(of: task, columns)) }
      for subsection in section.subsections {
        sheet.appendSpanning(
          headingCell(
            subsection.writtenAs, isSection: false, number: subsection.number,
            title: subsection.title))
        for task in groups[subsection.number] ?? [] { sheet.rows.append(cells(of: task, columns)) }
      }
    }
    return sheet
  }

  /// A heading's cell: as written when that still reads as the same heading on one line (a
  /// text report's spelling may carry blank lines before it), else report-site's spelling.
  static func headingCell(_ writtenAs: String?, isSection: Bool, number: Int, title: String)
    -> String
  {
    if let written = writtenAs?.cellContent, !written.contains("\n"),
      let heading = TableHeading(written), heading.isSection == isSection,
      heading.number == number, heading.title == title
    {
      return written
    }
    return TableHeading.spelling(isSection: isSection, number: number, title: title)
  }

  static func cells(of task: KeyTask, _ columns: [Column]) -> [String] {
    let roleColumns = usesRoleColumns(task)
    func units(_ wanted: UnitRole?) -> String {
      task.units.indices.compactMap { index -> String? in
        if let wanted, task.role(ofUnitAt: index) != wanted { return nil }
        return task.units[index] + task.marker(ofUnitAt: index)
      }.joined(separator: "、")
    }
    let texts: [String] = columns.map { column in
      switch column {
      case .number: String(task.number)
      case .task: task.text
      case .units: roleColumns ? "" : units(nil)
      case .leadUnits: roleColumns ? units(.lead) : ""
      case .coUnits: roleColumns ? units(.co) : ""
      case .leaders: task.leaders.joined(separator: "、")
      case .due: task.dueAsWritten ?? ""
      case .status: task.status
      case .note: task.note ?? ""
      case .narrative(let period):
        if period == task.narrativePeriod {
          task.narrative
        } else {
          task.earlierPeriods.first { $0.period == period }?.narrative ?? ""
        }
      }
    }
    return texts.map(SpreadsheetText.neutralised)
  }
}

extension TableExport {
  /// Noon UTC of `date`, for the dates inside an exported workbook.
  public static func noon(of date: ISODate) -> Date {
    let days = SpreadsheetNumber.daysFromCivil(year: date.year, month: date.month, day: date.day)
    return Date(timeIntervalSince1970: Double(days) * 86_400 + 43_200)
  }
}
