import SiteTemplates

/// One file to render: its path under the output folder, its template and its view model.
struct RenderJob: Sendable {
  let path: String
  let template: String
  let model: any TemplateModel
  /// The size of the old site's file at ``path``, when a build of a ``BuildSession`` knows
  /// that the file holds what this job renders (see ``KeptFiles``): it is then kept as it
  /// is, neither rendered nor read.
  var keptSize: Int? = nil
  /// Whether the file is an HTML page (counted in the summary).
  var isPage: Bool { path.hasSuffix(".html") }
}
