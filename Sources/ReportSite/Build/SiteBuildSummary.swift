/// What a finished build wrote.
public struct SiteBuildSummary: Sendable, CustomStringConvertible {
  /// HTML pages rendered (pages kept from the last build as they were are not counted).
  public var pagesWritten: Int
  /// All files written: pages, badges, open data, assets and the marker file.
  public var filesWritten: Int
  /// Files of the last build kept as they were, without being made or compared, because
  /// their inputs did not change.
  public var filesKept = 0
  /// Files of units made again kept as they were, unread, because the build knew they hold
  /// what it would write (files of a search index that an edit does not change, see
  /// `OldSearchFiles`; with a session, also full-text pages).
  public var filesKeptUnread = 0
  /// Rows of the open data copied from the old site's files, over all files, because their
  /// tasks' inputs did not change (see `OldOpenDataRows`).
  public var openDataRowsCopied = 0
  /// Wall-clock time of the build in seconds.
  public var seconds: Double

  public init(pagesWritten: Int, filesWritten: Int, seconds: Double) {
    self.pagesWritten = pagesWritten
    self.filesWritten = filesWritten
    self.seconds = seconds
  }

  /// `wrote 171 pages (262 files) in 0.84 s`.
  public var description: String {
    let hundredths = Int((seconds * 100).rounded())
    let fraction = hundredths % 100
    let time = "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    return "wrote \(pagesWritten) pages (\(filesWritten) files) in \(time) s"
  }
}
