import SiteTemplates

/// `sections/<n>.html`: a section's tasks under their subsection headings.
struct SectionPage: Sendable {
  let chrome: PageChrome
  let breadcrumbs: [Crumb]
  let heading: String
  let progress: ProgressSummary
  let groups: [TaskGroup]
  let previous: LinkItem?
  let next: LinkItem?
  let trend: TrendChart?
  /// The links between the pages of a long list; nil when it fits one page.
  let pagination: PageNav?
}

extension SectionPage: TemplateModel {
  static let templateFields: TemplateFields<Self> = [
    .model("chrome", \.chrome),
    .section("breadcrumbs", \.breadcrumbs),
    .text("heading", \.heading),
    .model("progress", \.progress),
    .section("groups", \.groups),
    .optional("previous", \.previous),
    .optional("next", \.next),
    .optional("trend", \.trend),
    .optional("pagination", \.pagination),
  ]
}
