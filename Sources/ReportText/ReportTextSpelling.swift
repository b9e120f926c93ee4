import ReportModel

/// How report-site writes each structural line of the report text in a given style.
enum ReportTextSpelling {
  static let leadersLabel = "分管领导"
  static let dueLabel = "完成时限"
  static let noteLabel = "备注"
  static let leadLabel = "牵头单位"
  static let coLabel = "配合单位"
  /// The label after a period, `1-10月进展情况`.
  static let periodLabel = "进展情况"

  static func sectionHeading(_ section: ReportSection) -> String {
    section.numeral + "、" + section.title
  }

  static func subsectionHeading(_ subsection: ReportSubsection, style: TextStyle) -> String {
    style.openParenthesis + subsection.numeral + style.closeParenthesis + subsection.title
  }

  static func heading(_ task: KeyTask, style: TextStyle) -> String {
    "\(task.number)" + style.numberSeparator + task.text
  }

  /// The `责任单位:` line of a task whose roles, if any, are stated by inline markers: each
  /// unit with its marker (a unit whose role came from elsewhere gets one).
  static func unitsLine(_ task: KeyTask, style: TextStyle) -> String {
    let names = task.units.indices.map { index in
      task.units[index] + marker(task, index, style: style)
    }
    return ReportLine.unitsLabel + style.colon + names.joined(separator: style.unitSeparator)
  }

  /// The unit lines of a task: one `责任单位:` line, or, when roles are stated without inline
  /// markers, `牵头单位:`, `责任单位:` and `配合单位:` lines for the units of each role.
  static func unitsLines(_ task: KeyTask, style: TextStyle) -> [String] {
    guard task.statesRoles, task.unitMarkers.isEmpty else { return [unitsLine(task, style: style)] }
    var lines: [String] = []
    for (label, role) in [
      (leadLabel, UnitRole.lead), (ReportLine.unitsLabel, .unstated), (coLabel, .co),
    ] {
      let names = task.units.indices.filter {
        ($0 < task.unitRoles.count ? task.unitRoles[$0] : .unstated) == role
      }.map { task.units[$0] }
      if !names.isEmpty {
        lines.append(label + style.colon + names.joined(separator: style.unitSeparator))
      }
    }
    return lines
  }

  /// The marker unit `index` is written with in a `责任单位:` line.
  private static func marker(_ task: KeyTask, _ index: Int, style: TextStyle) -> String {
    let written = task.marker(ofUnitAt: index)
    if !written.isEmpty || task.unitMarkers.isEmpty { return written }
    let role = index < task.unitRoles.count ? task.unitRoles[index] : .unstated
    switch role {
    case .lead: return style.openParenthesis + "牵头" + style.closeParenthesis
    case .co: return style.openParenthesis + "配合" + style.closeParenthesis
    case .unstated: return ""
    }
  }

  static func statusPrefix(_ status: String, style: TextStyle) -> String {
    ReportLine.statusLabel + style.colon + status + style.statusTerminator
  }

  /// The lines of a task's other fields that go before its status line.
  static func fieldLines(_ task: KeyTask, style: TextStyle) -> [String] {
    var lines: [String] = []
    if !task.leaders.isEmpty {
      lines.append(leadersLabel + style.colon + task.leaders.joined(separator: style.unitSeparator))
    }
    if let due = task.dueAsWritten { lines.append(dueLabel + style.colon + due) }
    for earlier in task.earlierPeriods {
      lines.append(earlier.period + periodLabel + style.colon + earlier.narrative)
    }
    return lines
  }
}
