import ReportModel

/// How report-site writes each structural line of the report text in a given style.
enum ReportTextSpelling {
  static func sectionHeading(_ section: ReportSection) -> String {
    section.numeral + "、" + section.title
  }

  static func subsectionHeading(_ subsection: ReportSubsection, style: TextStyle) -> String {
    style.openParenthesis + subsection.numeral + style.closeParenthesis + subsection.title
  }

  static func heading(_ task: KeyTask, style: TextStyle) -> String {
    "\(task.number)" + style.numberSeparator + task.text
  }

  static func unitsLine(_ units: [String], style: TextStyle) -> String {
    ReportLine.unitsLabel + style.colon + units.joined(separator: style.unitSeparator)
  }

  static func statusPrefix(_ status: String, style: TextStyle) -> String {
    ReportLine.statusLabel + style.colon + status + style.statusTerminator
  }
}
