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
    try hash(content: content, templates: templates, settings: settings, readingContent: false)
      .quick
  }

  /// The fingerprint as ``of(content:templates:settings:)`` gives it, and the quick one (see
  /// ``quick(content:templates:settings:)``), with the bytes it read of every file under
  /// `content`, by path (`content/relative/path`), so that the content reader need not read
  /// them again (see ``ContentReader/init(layout:preloaded:)``).
  public static func withContent(content: String, templates: URL, settings: [String]) throws
    -> (fingerprint: BuildFingerprint, quick: BuildFingerprint, content: ContentBytes)
  {
    let hashed = try hash(
      content: content, templates: templates, settings: settings, readingContent: true)
    return (hashed.full!, hashed.quick, hashed.content)
  }

  /// Both fingerprints in one pass over the files; the full one only when `readingContent`.
  private static func hash(
    content: String, templates: URL, settings: [String], readingContent: Bool
  ) throws -> (full: BuildFingerprint?, quick: BuildFingerprint, content: ContentBytes) {
    var contentBytes = ContentBytes(root: content)
    var full = StableHasher()
    var quick = StableHasher()
    full.combine(formatVersion)
    quick.combine(formatVersion + " quick")
    let templatesPath = templates.standardizedFileURL.path
    func both(_ body: (inout StableHasher) -> Void) {
      body(&full)
      body(&quick)
    }
    both { $0.combine(executableIdentity()) }
    both { $0.combine(settings.count) }
    for setting in settings { both { $0.combine(setting) } }
    both { $0.combine(templatesPath) }
    for (folder, skippingHidden) in [(content, true), (templatesPath, false)] {
      let listed: FileSystemCalls.Tree?
      do {
        listed = try FileSystemCalls.tree(
          of: folder, skippingHidden: skippingHidden, followingLinks: true)
      } catch {
        throw SiteBuildError.io(step: "fingerprint", path: folder, reason: error.description)
      }
      guard let tree = listed else {
        both { $0.combine(-1) }
        continue
      }
      // Listing order varies between folders, so the hash of the set of names and bytes is
      // taken, not of a sequence.
      let folders = StableHasher.unordered(
        tree.folders.lazy.map { name in
          var folder = StableHasher()
          folder.combine(name)
          folder.combine(-2)
          return folder.value
        })
      both { $0.combine(folders) }
      let isContent = skippingHidden
      let files = parallelMap(Array(tree.files.indices), chunkSize: 64) {
        index -> (full: UInt64, quick: UInt64, bytes: [UInt8]?) in
        var file = StableHasher()
        file.combine(tree.files[index].path)
        guard isContent else {
          // An unreadable file gets a hash of its own; the build will report it.
          if !tree.hashFile(index, into: &file) { file.combine(-1) }
          return (file.value, file.value, nil)
        }
        var byTime = file
        var bytes: [UInt8]?
        var time: FileSystemCalls.FileTime?
        if readingContent {
          if let read = tree.readFileAndTime(index) { (bytes, time) = (read.bytes, read.time) }
          if let bytes {
            bytes.withUnsafeBytes { file.combine(bytes: $0) }
          } else {
            file.combine(-1)
          }
        } else {
          time = tree.sizeAndTime(index)
        }
        if let time {
          byTime.combine(time.size)
          byTime.combine(time.seconds)
          byTime.combine(time.nanoseconds)
        } else {
          byTime.combine(-1)
        }
        return (file.value, byTime.value, bytes)
      }
      full.combine(StableHasher.unordered(files.lazy.map(\.full)))
      quick.combine(StableHasher.unordered(files.lazy.map(\.quick)))
      if isContent, readingContent {
        contentBytes.tree = tree
        contentBytes.files = files.map(\.bytes)
      }
    }
    return (
      readingContent ? BuildFingerprint(description: full.hex) : nil,
      BuildFingerprint(description: quick.hex), contentBytes
    )
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
