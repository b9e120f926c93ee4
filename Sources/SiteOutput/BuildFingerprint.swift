import Foundation
import ReportModel

/// A fingerprint of everything a build reads: the name and bytes of every file under the
/// content folder (hidden names skipped, as the reader skips them) and under the templates
/// folder (all of them), the settings that shape the output, and the tool itself. Two builds
/// with the same fingerprint write the same site, so a build whose fingerprint matches the one
/// stored in the output's marker file can stop before reading anything else (see
/// ``OutputDirectory/upToDate(_:fingerprint:)``).
///
/// The folders are listed once and every file's identity taken with one `fstatat`
/// (``BuildInputs``); for the full fingerprint each content file adds its name and the digest
/// of its bytes, read on every core with one `openat`, `read`, `close`, or taken from the
/// build's cache for a file whose identity it vouches for (``BuildCache``): the fingerprint is
/// the same with a cache or without. The hash is ``StableHasher``, the same in every process.
public struct BuildFingerprint: Sendable, Equatable, CustomStringConvertible {
  /// The version of the output's format: bump it whenever a change of report-site changes what
  /// it writes for the same input. The tool's own executable (size and modification time) is
  /// part of the fingerprint too, so a rebuilt tool never trusts an older output.
  public static let formatVersion = "report-site site format 1"

  /// 16 hexadecimal digits.
  public let description: String

  /// The fingerprint of a build of `content` with `templates` and `settings` (the options that
  /// shape the output, in a fixed order).
  public static func of(content: String, templates: URL, settings: [String]) throws
    -> BuildFingerprint
  {
    try withContent(content: content, templates: templates, settings: settings).fingerprint
  }

  /// A quick fingerprint of the same inputs: the content files by name, size, modification and
  /// status-change times and inode instead of their bytes (the templates, few and small, by their bytes). A build whose
  /// quick fingerprint matches the one stored with the output stops without reading the
  /// content; any other is checked with ``BuildInputs/withContent()``, so that a file touched
  /// but not changed still counts as unchanged.
  public static func quick(content: String, templates: URL, settings: [String]) throws
    -> BuildFingerprint
  {
    try BuildInputs(content: content, templates: templates, settings: settings).quick
  }

  /// The fingerprint as ``of(content:templates:settings:)`` gives it, and the quick one (see
  /// ``quick(content:templates:settings:)``), with the bytes it read of every file under
  /// `content`, by path (`content/relative/path`), so that the content reader need not read
  /// them again (see ``ContentReader/init(layout:preloaded:)``). A build that has the quick
  /// fingerprint already takes both from one listing (``BuildInputs``).
  public static func withContent(content: String, templates: URL, settings: [String]) throws
    -> (fingerprint: BuildFingerprint, quick: BuildFingerprint, content: ContentBytes)
  {
    try BuildInputs(content: content, templates: templates, settings: settings).withContent()
  }

  /// The running executable's path, size and modification time.
  public static func executableIdentity() -> String {
    let path =
      (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
      ?? CommandLine.arguments.first ?? ""
    guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else {
      return path
    }
    let size = (attributes[.size] as? NSNumber)?.int64Value ?? -1
    let time = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
    return "\(path) \(size) \(time)"
  }
}
