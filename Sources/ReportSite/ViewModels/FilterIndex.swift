import SiteTemplates

/// One file of the search index under `tasks/search/` (see ``SearchIndex``): a script that
/// stores its JSON value under its name, `window.reportSiteSearch[name]`.
struct FilterIndex: Sendable {
  /// `meta`, `b0` …, `t0` ….
  let name: String
  /// A compact JSON value, written as it is into the script.
  let json: String
}

extension FilterIndex: TemplateModel {
  static let templateFields: TemplateFields<Self> = [
    .text("name", \.name),
    .html("json", \.json),
  ]
}
