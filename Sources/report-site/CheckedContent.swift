import ReportContent
import ReportModel
import ReportSite

/// What `check` and `build` read: `Content/` with every diagnostic of the reader, then the
/// site's file names (``SitePathCheck``) and raw HTML in narratives (``RawHTMLWarnings``); the
/// report is nil on any error. The units' slugs made for the check are handed on to the build.
enum CheckedContent {
  static func read(_ layout: ContentLayout, preloaded: [String: [UInt8]] = [:]) -> (
    report: Report?, diagnostics: [Diagnostic], unitSlugs: [String: String]
  ) {
    let (report, diagnostics) = ContentReader(layout: layout, preloaded: preloaded).read()
    guard let report else { return (nil, diagnostics, [:]) }
    let (problems, slugs) = SitePathCheck.check(report, roundFolder: layout.roundFolder)
    let all = diagnostics + problems + RawHTMLWarnings.of(report)
    return (all.hasErrors ? nil : report, all, slugs)
  }
}
