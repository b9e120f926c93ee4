import SiteTemplates

/// A unit's page at the site's root (`units/<slug>.html`): its tasks in every report, grouped
/// by report, newest first.
struct SiteUnitPage: Sendable {
  let chrome: PageChrome
  let breadcrumbs: [Crumb]
  let name: String
  let aliases: String?
  let groups: [UnitReportGroup]
  /// Links to the other pages, when the unit has more than `pageSize` tasks.
  let pagination: PageNav?
}

extension SiteUnitPage: TemplateModel {
  static let templateFields: TemplateFields<Self> = [
    .model("chrome", \.chrome),
    .section("breadcrumbs", \.breadcrumbs),
    .text("name", \.name),
    .text("aliases", \.aliases),
    .section("groups", \.groups),
    .optional("pagination", \.pagination),
  ]
}
