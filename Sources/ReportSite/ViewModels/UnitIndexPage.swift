import SiteTemplates

/// `units/index.html`: every responsible unit with its tasks and completion.
struct UnitIndexPage: Sendable {
  let chrome: PageChrome
  let breadcrumbs: [Crumb]
  let units: [UnitSummary]
}

extension UnitIndexPage: TemplateModel {
  static let templateFields: TemplateFields<Self> = [
    .model("chrome", \.chrome),
    .section("breadcrumbs", \.breadcrumbs),
    .section("units", \.units),
  ]
}
