import SiteTemplates

/// `status/index.html`: the status categories with their counts.
struct StatusIndexPage: Sendable {
  let chrome: PageChrome
  let breadcrumbs: [Crumb]
  let progress: ProgressSummary
}

extension StatusIndexPage: TemplateModel {
  static let templateFields: TemplateFields<Self> = [
    .model("chrome", \.chrome),
    .section("breadcrumbs", \.breadcrumbs),
    .model("progress", \.progress),
  ]
}
