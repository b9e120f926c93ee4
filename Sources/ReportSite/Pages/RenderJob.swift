import SiteTemplates

/// One file to render: its path under the output folder, its template and its view model.
struct RenderJob: Sendable {
  let path: String
  let template: String
  let model: any TemplateModel
  /// Whether the file is an HTML page (counted in the summary).
  var isPage: Bool { path.hasSuffix(".html") }
}
