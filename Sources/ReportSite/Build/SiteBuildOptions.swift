import Foundation
import SiteOutput

/// Where a build reads its templates and writes the site.
public struct SiteBuildOptions: Sendable {
  /// The templates folder: `*.mustache` files and an `assets/` folder copied to the output.
  public var templates: URL
  /// The theme the build uses; the ``templates`` folder unless another source is given (the
  /// built-in theme, a site's folder over it).
  public var theme: any TemplateSource
  /// The site folder. It is replaced as a whole, and only when report-site made it.
  public var output: URL
  /// Whether the build reports its steps through the log.
  public var verbose: Bool
  /// The fingerprint of the build's inputs, stored in the output's marker file so that the
  /// next build can tell that nothing changed (see ``SiteBuilder/upToDate(output:fingerprint:)``);
  /// nil stores none.
  public var fingerprint: BuildFingerprint?
  /// The quick fingerprint of the same inputs (see
  /// ``BuildFingerprint/quick(content:templates:settings:)``), stored beside it.
  public var quickFingerprint: BuildFingerprint?
  /// The warnings the command printed for the build's inputs, stored with the fingerprint so
  /// that a build skipped as up to date prints them again (see ``PrintedWarnings``).
  public var printedWarnings: PrintedWarnings?
  /// The units' slugs by canonical name, as ``SitePathCheck`` made them for the same report, so
  /// that the build does not make them again (ICU's transliterator is slow to open); nil, or
  /// slugs that miss a unit, and the build makes its own.
  public var unitSlugs: [String: String]?
  /// The pinyin the units' slugs were made from, by name (see
  /// ``SitePathCheck/check(_:roundFolder:reportFolder:knownPinyin:)``), kept in the output's
  /// marker file so that the next build need not open ICU (see
  /// ``OutputDirectory/unitPinyin(in:)``).
  public var unitPinyin: [String: String] = [:]
  /// What earlier builds in this process left for this one (see ``BuildSession``); nil makes
  /// everything.
  public var session: BuildSession?
  /// The check of the output's record, started before the content was read (see
  /// ``RecordCheck``); nil, and the build reads and checks the record itself.
  public var recordCheck: RecordCheck?
  /// Whether a build that changes nothing sets a copy of the site aside as the back tree
  /// for the next build (see ``OutputDirectory/setsBackTreeAside``): `serve`'s warm-up.
  public var setsBackTreeAside = false

  public init(
    templates: URL, output: URL, verbose: Bool = false, fingerprint: BuildFingerprint? = nil,
    quickFingerprint: BuildFingerprint? = nil, unitSlugs: [String: String]? = nil,
    theme: (any TemplateSource)? = nil, recordCheck: RecordCheck? = nil
  ) {
    self.templates = templates
    self.theme = theme ?? FolderTemplateSource(folder: templates)
    self.output = output
    self.verbose = verbose
    self.fingerprint = fingerprint
    self.quickFingerprint = quickFingerprint
    self.unitSlugs = unitSlugs
    self.recordCheck = recordCheck
  }
}
