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
      try sink(
        cells.before + pageCell(base, number: context.latest.tasks[position].number) + cells.after)
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

  /// The 页面 cell of task `number`, after `base` (see ``base(_:pages:)``).
  static func pageCell(_ base: String, number: Int) -> String {
    quote(SpreadsheetText.neutralised(base + SitePaths.task(number)))
  }

  /// The row of the latest round's task at `position` but its 页面 cell: the cells before it
  /// (with the comma after them) and after it (with the comma before them and the line end).
  /// The row is `before + pageCell(…) + after`.
  static func cells(_ context: SiteContext, at position: Int) -> (before: String, after: String) {
    let index = context.latest
    let task = index.tasks[position]
    let section = index.section(task.task.section)
    let subsection = task.task.subsection.flatMap { section?.subsection($0) }
    let fields: [String] = [
      String(task.number),
      section.map { "\($0.numeral)、\($0.title)" } ?? String(task.task.section),
      subsection.map { "（\($0.numeral)）\($0.title)" } ?? "",
      task.task.text,
      task.leads ?? "",
      task.units.joined(separator: "、"),
      task.task.units.joined(separator: "、"),
      task.task.status,
      task.category.displayName,
      task.task.narrative,
    ]
    let statuses: [String] = context.indexes.map { round in
      round.taskIndexByNumber[task.number].map { round.tasks[$0].task.status } ?? ""
    }
    let trailing: [String] = [
      task.partners ?? "", task.task.leaders.joined(separator: "、"),
      task.task.dueAsWritten ?? "", task.task.note ?? "",
    ]
    let after = statuses + deadlineColumns(context, task.number) + trailing
    return (
      fields.map { quote(SpreadsheetText.neutralised($0)) }.joined(separator: ",") + ",",
      "," + row(after)
    )
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
    fields.map { quote(SpreadsheetText.neutralised($0)) }.joined(separator: ",") + "\r\n"
  }

  /// A field in double quotes, inner quotes doubled, when it holds a comma, quote or line end.
  static func quote(_ field: String) -> String {
    let needsQuotes = field.unicodeScalars.contains {
      $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r"
    }
    guard needsQuotes else { return field }
    // Foundation's search is slow; most quoted fields hold no quote at all.
    guard field.unicodeScalars.contains("\"") else { return "\"" + field + "\"" }
    return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
