import Foundation
import ReportModel

/// A fingerprint of everything a build reads: the name and bytes of every file under the
/// content folder (hidden names skipped, as the reader skips them) and under the templates
/// folder (all of them), the settings that shape the output, and the tool itself. Two builds
/// with the same fingerprint write the same site, so a build whose fingerprint matches the one
/// stored in the output's marker file can stop before reading anything else (see
/// ``OutputDirectory/isUpToDate(_:fingerprint:)``).
///
/// Files are read on every core with one `open`, `fstat`, `read`, `close` each; the hash is
/// ``StableHasher``, the same in every process.
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

  /// A quick fingerprint of the same inputs: the content files by name, size and modification
  /// time instead of their bytes (the templates, few and small, by their bytes). A build whose
  /// quick fingerprint matches the one stored with the output stops without reading the
  /// content; any other is checked with ``withContent(content:templates:settings:)``, so that a
  /// file touched but not changed still counts as unchanged.
  public static func quick(content: String, templates: URL, settings: [String]) throws
    -> BuildFingerprint
  {
    try hash(content: content, templates: templates, settings: settings, quick: true).fingerprint
  }

  /// The fingerprint as ``of(content:templates:settings:)`` gives it, with the bytes it read
  /// of every file under `content`, by path (`content/relative/path`), so that the content
  /// reader need not read them again (see ``ContentReader/init(layout:preloaded:)``).
  public static func withContent(content: String, templates: URL, settings: [String]) throws
    -> (fingerprint: BuildFingerprint, content: ContentBytes)
  {
    try hash(content: content, templates: templates, settings: settings, quick: false)
  }

  private static func hash(content: String, templates: URL, settings: [String], quick: Bool)
    throws -> (fingerprint: BuildFingerprint, content: ContentBytes)
  {
    var contentBytes = ContentBytes(root: content)
    var hasher = StableHasher()
    hasher.combine(quick ? formatVersion + " quick" : formatVersion)
    hasher.combine(executableIdentity())
    hasher.combine(settings.count)
    for setting in settings { hasher.combine(setting) }
    let templatesPath = templates.standardizedFileURL.path
    hasher.combine(templatesPath)
    for (folder, skippingHidden) in [(content, true), (templatesPath, false)] {
      let listed: FileSystemCalls.Tree?
      do {
        listed = try FileSystemCalls.tree(
          of: folder, skippingHidden: skippingHidden, followingLinks: true)
      } catch {
        throw SiteBuildError.io(step: "fingerprint", path: folder, reason: error.description)
      }
      guard let tree = listed else {
        hasher.combine(-1)
        continue
      }
      // Listing order varies between folders, so the hash of the set of names and bytes is
      // taken, not of a sequence.
      hasher.combine(
        StableHasher.unordered(
          tree.folders.lazy.map { name in
            var folder = StableHasher()
            folder.combine(name)
            folder.combine(-2)
            return folder.value
          }))
      let keeping = skippingHidden  // the content folder
      let files = parallelMap(Array(tree.files.indices), chunkSize: 64) {
        index -> (hash: UInt64, bytes: [UInt8]?) in
        var file = StableHasher()
        file.combine(tree.files[index].path)
        guard keeping else {
          // An unreadable file gets a hash of its own; the build will report it.
          if !tree.hashFile(index, into: &file) { file.combine(-1) }
          return (file.value, nil)
        }
        if quick {
          if let (size, seconds, nanoseconds) = tree.sizeAndTime(index) {
            file.combine(size)
            file.combine(seconds)
            file.combine(nanoseconds)
          } else {
            file.combine(-1)
          }
          return (file.value, nil)
        }
        let bytes = tree.readFile(index)
        if let bytes {
          bytes.withUnsafeBytes { file.combine(bytes: $0) }
        } else {
          file.combine(-1)
        }
        return (file.value, bytes)
      }
      hasher.combine(StableHasher.unordered(files.lazy.map(\.hash)))
      if keeping, !quick {
        contentBytes.tree = tree
        contentBytes.files = files.map(\.bytes)
      }
    }
    return (BuildFingerprint(description: hasher.hex), contentBytes)
  }

  /// The running executable's path, size and modification time.
  private static func executableIdentity() -> String {
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

/// The bytes of the content files a fingerprint read, kept for the content reader. The table by
/// path is made only when asked for, so that an up-to-date build does not pay for it.
public struct ContentBytes: Sendable {
  let root: String
  fileprivate var tree: FileSystemCalls.Tree?
  fileprivate var files: [[UInt8]?] = []

  init(root: String) {
    self.root = root
  }

  /// The bytes of every readable content file by path, `root/relative/path`.
  public func byPath() -> [String: [UInt8]] {
    guard let tree else { return [:] }
    var table: [String: [UInt8]] = [:]
    table.reserveCapacity(files.count)
    for (index, bytes) in files.enumerated() {
      if let bytes { table[root + "/" + tree.files[index].path] = bytes }
    }
    return table
  }
}
