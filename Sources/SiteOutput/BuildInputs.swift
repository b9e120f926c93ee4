import Foundation
import ReportModel

/// The inputs of a build listed once (see ``BuildFingerprint``): the content folder's tree with
/// every file's size and modification time, which give the quick fingerprint, and the
/// templates, hashed by their bytes. ``withContent()`` then reads every content file of the
/// same listing for the full fingerprint, so that a build whose quick fingerprint differs
/// from the output's lists the folder once, not twice, and opens each file without a second
/// `stat`: per file one `fstatat`, `openat`, `read` and `close`.
public struct BuildInputs: Sendable {
  /// The quick fingerprint (see ``BuildFingerprint/quick(content:templates:settings:)``).
  public let quick: BuildFingerprint
  /// The content folder as given.
  let root: String
  /// The full fingerprint's hasher up to the content files' bytes: the format, the tool,
  /// the settings, the templates' path and the content's folders.
  let fullPrefix: StableHasher
  /// The content's tree; nil when there is no content folder.
  let tree: FileSystemCalls.Tree?
  /// The size of each file of ``tree`` when it was listed; nil for a file that could not be
  /// read then.
  let sizes: [Int?]
  /// What the templates add to both fingerprints after the content, in order.
  let templatesPart: [UInt64]

  /// Lists `content` and `templates` and hashes what the quick fingerprint reads: the names,
  /// sizes and modification times of the content files, the bytes of the templates.
  public init(content: String, templates: URL, settings: [String]) throws {
    root = content
    var full = StableHasher()
    var quick = StableHasher()
    full.combine(BuildFingerprint.formatVersion)
    quick.combine(BuildFingerprint.formatVersion + " quick")
    func both(_ body: (inout StableHasher) -> Void) {
      body(&full)
      body(&quick)
    }
    let templatesPath = templates.standardizedFileURL.path
    both { $0.combine(BuildFingerprint.executableIdentity()) }
    both { $0.combine(settings.count) }
    for setting in settings { both { $0.combine(setting) } }
    both { $0.combine(templatesPath) }
    let tree = try Self.list(content, skippingHidden: true)
    self.tree = tree
    if let tree {
      both { $0.combine(Self.foldersHash(tree)) }
      let files = parallelMap(Array(tree.files.indices), chunkSize: 64) {
        index -> (quick: UInt64, size: Int?) in
        var file = StableHasher()
        file.combine(tree.files[index].path)
        guard let time = tree.sizeAndTime(index) else {
          file.combine(-1)
          return (file.value, nil)
        }
        file.combine(time.size)
        file.combine(time.seconds)
        file.combine(time.nanoseconds)
        return (file.value, time.size)
      }
      sizes = files.map(\.size)
      quick.combine(StableHasher.unordered(files.lazy.map(\.quick)))
    } else {
      both { $0.combine(-1) }
      sizes = []
    }
    fullPrefix = full
    templatesPart = try Self.templatesPart(templatesPath)
    for value in templatesPart { quick.combine(value) }
    self.quick = BuildFingerprint(description: quick.hex)
  }

  /// The full fingerprint (see ``BuildFingerprint/of(content:templates:settings:)``), with the
  /// bytes of every content file it read, kept for the content reader.
  public func withContent() -> (
    fingerprint: BuildFingerprint, quick: BuildFingerprint, content: ContentBytes
  ) {
    var full = fullPrefix
    var content = ContentBytes(root: root)
    if let tree {
      let sizes = sizes
      let files = parallelMap(Array(tree.files.indices), chunkSize: 64) {
        index -> (hash: UInt64, bytes: [UInt8]?) in
        var file = StableHasher()
        file.combine(tree.files[index].path)
        // An unreadable file gets a hash of its own; the reader will report it.
        guard let bytes = tree.readFile(index, sizeHint: sizes[index] ?? 0) else {
          file.combine(-1)
          return (file.value, nil)
        }
        bytes.withUnsafeBytes { file.combine(bytes: $0) }
        return (file.value, bytes)
      }
      full.combine(StableHasher.unordered(files.lazy.map(\.hash)))
      content.tree = tree
      content.files = files.map(\.bytes)
    }
    for value in templatesPart { full.combine(value) }
    return (BuildFingerprint(description: full.hex), quick, content)
  }

  /// The tree of `folder`; nil when it is missing.
  private static func list(_ folder: String, skippingHidden: Bool) throws -> FileSystemCalls.Tree? {
    do {
      return try FileSystemCalls.tree(
        of: folder, skippingHidden: skippingHidden, followingLinks: true)
    } catch {
      throw SiteBuildError.io(step: "fingerprint", path: folder, reason: error.description)
    }
  }

  /// The hash of a tree's folders: listing order varies between folders, so the hash of the
  /// set of names (and bytes) is taken, not of a sequence.
  private static func foldersHash(_ tree: FileSystemCalls.Tree) -> UInt64 {
    StableHasher.unordered(
      tree.folders.lazy.map { name in
        var folder = StableHasher()
        folder.combine(name)
        folder.combine(-2)
        return folder.value
      })
  }

  /// What the templates folder adds to a fingerprint: its folders and the names and bytes of
  /// all of its files (hidden ones too), or -1 when it is missing.
  private static func templatesPart(_ path: String) throws -> [UInt64] {
    guard let tree = try list(path, skippingHidden: false) else {
      return [UInt64(bitPattern: -1)]
    }
    let files = parallelMap(Array(tree.files.indices), chunkSize: 64) { index -> UInt64 in
      var file = StableHasher()
      file.combine(tree.files[index].path)
      // An unreadable file gets a hash of its own; the build will report it.
      if !tree.hashFile(index, into: &file) { file.combine(-1) }
      return file.value
    }
    return [foldersHash(tree), StableHasher.unordered(files)]
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
