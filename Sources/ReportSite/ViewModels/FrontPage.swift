import SiteTemplates

/// The site's front page (`index.html`): every report, newest first, with its progress.
struct FrontPage: Sendable {
  let chrome: PageChrome
  let heading: String
  let publisher: String
  let reports: [FrontReport]
  let reportCount: Int
  let unitCount: Int
  let unitsHref: String
}

extension FrontPage: TemplateModel {
  static let templateFields: TemplateFields<Self> = [
    .model("chrome", \.chrome),
    .text("heading", \.heading),
    .text("publisher", \.publisher),
    .section("reports", \.reports),
    .int("reportCount", \.reportCount),
    .int("unitCount", \.unitCount),
    .text("unitsHref", \.unitsHref),
  ]
}
