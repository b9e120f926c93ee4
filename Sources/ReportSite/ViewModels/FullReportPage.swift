import SiteTemplates

/// `full/index.html` (全文): every task of the round, grouped as the report groups them, to read
/// or print at once. Above `pageSize` tasks each section has a page of its own
/// (`full/1.html` …) and the first page lists them.
struct FullReportPage: Sendable {
  let chrome: PageChrome
  let breadcrumbs: [Crumb]
  let heading: String
  /// The report's 发布机构 as the report gives it.
  let reportPublisher: String?
  /// The report's date.
  let date: String?
  let introHTML: String?
  /// The sections' pages, when the report is split.
  let parts: [LinkItem]
  let hasParts: Bool
  let sections: [FullSection]
}

extension FullReportPage: TemplateModel {
  static let templateFields: TemplateFields<Self> = [
    .model("chrome", \.chrome),
    .section("breadcrumbs", \.breadcrumbs),
    .text("heading", \.heading),
    .text("reportPublisher", \.reportPublisher),
    .text("date", \.date),
    .html("introHTML", \.introHTML),
    .section("parts", \.parts),
    .bool("hasParts", \.hasParts),
    .section("sections", \.sections),
  ]
}
