import Foundation
import ReportModel

/// `tasks.csv`: one row per task for spreadsheets. UTF-8 with a byte-order mark so that Excel
/// and WPS read the Chinese correctly, CRLF line ends and RFC 4180 quoting. Every cell goes
/// through ``SpreadsheetText/neutralised(_:)``: a text that begins with `=`, `+`, `-`, `@`, a
/// tab or a carriage return is written after an apostrophe, so that no spreadsheet runs it as
/// a formula (OWASP's advice against CSV injection). The 页面 column is relative to the site
/// root, or absolute when site.yml sets a base URL.
enum TasksCSV {
  static let header = [
    "序号", "部分", "小节", "重点任务", "牵头单位", "责任单位", "责任单位（原文）", "进度", "进度分类", "落实情况", "页面",
  ]
  /// Columns after ``appended``: roles, leaders, the due date as written and the note.
  static let trailer = ["配合单位", "分管领导", "完成时限", "备注"]

  /// One row per task of the latest round, with a status column for every round.
  ///
  /// 页面 is relative to the file's folder by way of `pages` (`""` in the report's folder,
  /// `2021/` at the site root), or absolute under site.yml's base URL.
  static func text(_ context: SiteContext, pages: String = "") -> String {
    var text = ""
    write(context, pages: pages) { text += $0 }
    return text
  }

  /// The bytes of ``text(_:pages:)``, handed to `sink` a row at a time (the byte-order mark
  /// first).
  static func write(_ context: SiteContext, pages: String = "", to sink: (String) throws -> Void)
    rethrows
  {
    try sink(headerRow(context))
    let base = base(context, pages: pages)
    for position in context.latest.tasks.indices {
      let cells = cells(context, at: position)
      var row = CSVRowWriter(capacity: cells.before.count + cells.after.count + 64)
      row.append(cells.before)
      pageCell(base, number: context.latest.tasks[position].number, to: &row)
      row.append(cells.after)
      try sink(String(decoding: row.bytes, as: UTF8.self))
    }
  }

  /// The first line: the byte-order mark and the columns' names.
  static func headerRow(_ context: SiteContext) -> String {
    let roundColumns = context.indexes.map { "进度（\($0.dateLabel)）" }
    return "\u{FEFF}" + row(header + roundColumns + appended + trailer)
  }

  /// What 页面 begins with: site.yml's base URL and the report's folder, else `pages`.
  static func base(_ context: SiteContext, pages: String) -> String {
    context.latest.config.baseURL.map { $0 + context.reportPrefix } ?? pages
  }

  /// Appends the 页面 cell of task `number`, after `base` (see ``base(_:pages:)``), with no
  /// comma before it.
  static func pageCell(_ base: String, number: Int, to row: inout CSVRowWriter) {
    row.beginCell(first: true)
    row.text(base)
    row.text(SitePaths.task(number))
    row.endCell()
  }

  /// The row of the latest round's task at `position` but its 页面 cell, as UTF-8: the cells
  /// before it (with the comma after them) and after it (with the comma before them and the
  /// line end). The row is `before`, the page cell (``pageCell(_:number:to:)``), `after`.
  static func cells(_ context: SiteContext, at position: Int) -> (before: [UInt8], after: [UInt8]) {
    let indexes = context.indexes
    let index = indexes[indexes.count - 1]
    let task = index.tasks[position]
    var before = CSVRowWriter(
      capacity: 256 + task.task.text.utf8.count + task.task.narrative.utf8.count)
    before.beginCell(first: true)
    before.number(task.number)
    before.endCell()
    before.beginCell()
    let section = index.section(task.task.section)
    if let section {
      before.text(section.numeral)
      before.text("、")
      before.text(section.title)
    } else {
      before.number(task.task.section)
    }
    before.endCell()
    before.beginCell()
    if let subsection = task.task.subsection.flatMap({ section?.subsection($0) }) {
      before.text("（")
      before.text(subsection.numeral)
      before.text("）")
      before.text(subsection.title)
    }
    before.endCell()
    before.cell(task.task.text)
    before.cell(task.leads ?? "")
    before.beginCell()
    before.joined(task.units, separator: "、")
    before.endCell()
    before.beginCell()
    before.joined(task.task.units, separator: "、")
    before.endCell()
    before.cell(task.task.status)
    before.cell(task.category.displayName)
    before.cell(task.task.narrative)
    before.beginCell()
    var after = CSVRowWriter(capacity: 64 + 16 * indexes.count)
    for round in indexes {
      after.cell(round.taskIndexByNumber[task.number].map { round.tasks[$0].task.status } ?? "")
    }
    for cell in deadlineColumns(context, task.number) { after.cell(cell) }
    after.cell(task.partners ?? "")
    after.beginCell()
    after.joined(task.task.leaders, separator: "、")
    after.endCell()
    after.cell(task.task.dueAsWritten ?? "")
    after.cell(task.task.note ?? "")
    after.endLine()
    return (before.bytes, after.bytes)
  }

  /// Columns after the rounds' (new columns are only ever appended): the due date and
  /// whether the task is overdue in the latest round.
  static let appended = ["完成期限", "是否逾期"]

  static func deadlineColumns(_ context: SiteContext, _ number: Int) -> [String] {
    guard let deadline = context.deadlines.deadline(of: number, in: context.latest.round.id) else {
      return ["", "否"]
    }
    return [deadline.due.description, deadline.isOverdue ? "是" : "否"]
  }

  static func row(_ fields: [String]) -> String {
    var row = CSVRowWriter(capacity: 64 * fields.count)
    for (position, field) in fields.enumerated() { row.cell(field, first: position == 0) }
    row.endLine()
    return String(decoding: row.bytes, as: UTF8.self)
  }
}
