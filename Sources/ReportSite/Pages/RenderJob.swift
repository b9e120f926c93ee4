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
  /// Whether the page is written in pieces as it is rendered (see ``PageStream``): a page that
  /// may be very large (the full text of a big report), never whole in memory.
  var inPieces = false
  /// About how many bytes the file has, when that is known ahead (a search index file's JSON):
  /// its buffer is made that large at once, not grown by doubling (a file of 19 MB would take
  /// 57 MB while it grows to 38).
  var sizeHint = 0
  /// Whether the file is an HTML page (counted in the summary).
  var isPage: Bool { path.hasSuffix(".html") }
}
