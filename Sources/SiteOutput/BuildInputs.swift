import Foundation
import ReportModel

/// The inputs of a build listed once (see ``BuildFingerprint``): the content folder's tree with
/// every file's identity (``ContentFileIdentity``: size, modification and status-change times,
/// inode), which gives the quick fingerprint, and the templates, hashed by their bytes.
/// ``withContent(cache:settleTime:)`` then digests every content file of the same listing for
/// the full fingerprint, reading only those the build's cache cannot vouch for, so that a
/// build whose quick fingerprint differs from the output's lists the folder once, not twice,
/// and opens each file it reads without a second `stat`: per file one `fstatat`, and for a
/// file read one `openat`, `read` and `close`.
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
  /// The identity of each file of ``tree`` when it was listed; nil for a file that could not
  /// be read then.
  let identities: [ContentFileIdentity?]
  /// When the listing began (see ``BuildCache``).
  let listedAt: FileTimestamp
  /// What the templates add to both fingerprints after the content, in order.
  let templatesPart: [UInt64]

  /// Lists `content` and `templates` and hashes what the quick fingerprint reads: the names,
  /// sizes, times and inodes of the content files, the bytes of the templates.
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
    listedAt = FileTimestamp.now()
    let tree = try Self.list(content, skippingHidden: true)
    self.tree = tree
    if let tree {
      both { $0.combine(Self.foldersHash(tree)) }
      let files = parallelMap(Array(tree.files.indices), chunkSize: 64) {
        index -> (quick: UInt64, identity: ContentFileIdentity?) in
        var file = StableHasher()
        file.combine(tree.files[index].path)
        guard let identity = tree.identity(index) else {
          file.combine(-1)
          return (file.value, nil)
        }
        file.combine(identity.size)
        file.combine(identity.modified.seconds)
        file.combine(identity.modified.nanoseconds)
        // The status-change time and inode too: a file replaced with `cp -p` of another of
        // the same size and modification time differs only in these.
        file.combine(identity.changed.seconds)
        file.combine(identity.changed.nanoseconds)
        file.combine(Int(truncatingIfNeeded: identity.inode))
        return (file.value, identity)
      }
      identities = files.map(\.identity)
      quick.combine(StableHasher.unordered(files.lazy.map(\.quick)))
    } else {
      both { $0.combine(-1) }
      identities = []
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
    let found = withContent(cache: nil)
    return (found.fingerprint, found.quick, found.content)
  }

  /// The full fingerprint, taking from `cache` the digests of the files whose identity is the
  /// one it records (and that are not racily clean, see ``BuildCache``: their times are older
  /// than `settleTime` seconds before the cache's listing) and reading every other file;
  /// with the bytes read, the parses the cache keeps of files whose bytes are unchanged, and
  /// the table for the next cache.
  public func withContent(cache: BuildCache?, settleTime: Double = BuildCache.settleTime)
    -> FingerprintedContent
  {
    var full = fullPrefix
    var content = ContentBytes(root: root)
    var table = ContentTable(root: root, listedAt: listedAt)
    if let tree {
      let identities = identities
      let settled = cache?.listedAt.adding(seconds: -settleTime)
      let entryIndices = cache?.entryIndices(for: tree.files.map(\.path)) ?? []
      let files = parallelMap(Array(tree.files.indices), chunkSize: 64) {
        index -> (
          hash: UInt64, digest: UInt64?, bytes: [UInt8]?, kept: ArraySlice<UInt8>?,
          vouched: Bool
        ) in
        let path = tree.files[index].path
        var file = StableHasher()
        file.combine(path)
        let entry = cache.flatMap { cache in entryIndices[index].map { cache.entries[$0] } }
        // Whether the cache holds this file as it is now: by its identity, settled.
        let settledIdentity =
          if let entry, let settled, let identity = identities[index] {
            identity == entry.identity && !identity.isRecent(since: settled)
          } else {
            false
          }
        if let cache, let entry, let parse = entry.parse, settledIdentity {
          file.combine(entry.digest)
          return (file.value, entry.digest, nil, cache.bytes[parse], true)
        }
        // An unreadable file gets a hash of its own; the reader will report it.
        guard
          let bytes = tree.readFile(index, sizeHint: identities[index]?.size ?? 0)
        else {
          file.combine(-1)
          return (file.value, nil, nil, nil, false)
        }
        var digest = StableHasher()
        bytes.withUnsafeBytes { digest.combine(bytes: $0) }
        file.combine(digest.value)
        let vouched = settledIdentity && entry?.digest == digest.value
        guard let cache, let entry, entry.digest == digest.value, let parse = entry.parse else {
          return (file.value, digest.value, bytes, nil, vouched)
        }
        return (file.value, digest.value, bytes, cache.bytes[parse], vouched)
      }
      full.combine(StableHasher.unordered(files.lazy.map(\.hash)))
      content.tree = tree
      content.files = files.map(\.bytes)
      table.tree = tree
      table.identities = identities
      table.digests = files.map(\.digest)
      table.kept = files.map(\.kept)
      table.readCount = files.count { $0.bytes != nil }
      table.keptAfterReading = files.count { $0.bytes != nil && $0.kept != nil }
      table.unvouchedCount = files.count { !$0.vouched }
    }
    for value in templatesPart { full.combine(value) }
    return FingerprintedContent(
      fingerprint: BuildFingerprint(description: full.hex), quick: quick, content: content,
      table: table)
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
