import ReportContent
import ReportModel
import ReportSite

/// What `check` and `build` read: `Content/` with every diagnostic of the reader, then the
/// site's file names (``SitePathCheck``) and raw HTML in narratives (``RawHTMLWarnings``); the
/// site is nil on any error. The units' slugs made for the check are handed on to the build.
enum CheckedContent {
  static func read(_ layout: ContentLayout, preloaded: [String: [UInt8]] = [:]) -> (
    site: SiteContent?, diagnostics: [Diagnostic], unitSlugs: [String: String]
  ) {
    let (site, diagnostics) = SitePathCheck.whilePreparing {
      ContentReader(layout: layout, preloaded: preloaded).readSite()
    }
    guard let site else { return (nil, diagnostics, [:]) }
    // The site's paths are checked on another core while the narratives are parsed for raw
    // HTML on this one.
    let ((problems, slugs), rawHTML) = concurrently(
      {
        SitePathCheck.check(
          site, roundFolder: { layout.forReport($0).roundFolder($1) },
          reportFolder: { layout.forReport($0).reportFolder })
      }, { site.reports.flatMap(RawHTMLWarnings.of) })
    let all = diagnostics + problems + rawHTML
    return (all.hasErrors ? nil : site, all, slugs)
  }
}
