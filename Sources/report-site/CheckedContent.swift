import ReportContent
import ReportModel
import ReportSite

/// What `check` and `build` read: `Content/` with every diagnostic of the reader, then the
/// site's file names (``SitePathCheck``) and raw HTML in narratives (``RawHTMLWarnings``); the
/// site is nil on any error. The units' slugs made for the check, and the pinyin they were
/// made from, are handed on to the build; `knownPinyin` is an earlier build's (see
/// ``SitePathCheck/check(_:roundFolder:reportFolder:knownPinyin:)``); `parsed`, the task files
/// the build's cache kept (see ``ParsedTaskFiles``).
enum CheckedContent {
  static func read(
    _ layout: ContentLayout, preloaded: [String: [UInt8]] = [:],
    knownPinyin: [String: String] = [:], parsed: ParsedTaskFiles? = nil
  ) -> (
    site: SiteContent?, diagnostics: [Diagnostic], unitSlugs: [String: String],
    unitPinyin: [String: String]
  ) {
    let (site, diagnostics) = SitePathCheck.whilePreparing(knowingPinyin: !knownPinyin.isEmpty) {
      ContentReader(layout: layout, preloaded: preloaded, parsed: parsed).readSite()
    }
    guard let site else { return (nil, diagnostics, [:], [:]) }
    // The site's paths are checked on another core while the narratives are parsed for raw
    // HTML on this one.
    let (checked, rawHTML) = concurrently(
      {
        SitePathCheck.check(
          site, roundFolder: { layout.forReport($0).roundFolder($1) },
          reportFolder: { layout.forReport($0).reportFolder }, knownPinyin: knownPinyin)
      }, { site.reports.flatMap(RawHTMLWarnings.of) })
    let all = diagnostics + checked.diagnostics + rawHTML
    return (all.hasErrors ? nil : site, all, checked.unitSlugs, checked.unitPinyin)
  }
}
