/// The content files of one build as its cache records them (see ``BuildCache``): each file's
/// identity when it was listed and the digest of its bytes, and, for the files whose bytes are
/// those the last build parsed, the parse its cache kept.
public struct ContentTable: Sendable {
  /// The content folder as given.
  let root: String
  /// When the listing began.
  let listedAt: FileTimestamp
  var tree: FileSystemCalls.Tree?
  /// By file of ``tree``; nil for a file that could not be read.
  var identities: [ContentFileIdentity?] = []
  var digests: [UInt64?] = []
  var kept: [ArraySlice<UInt8>?] = []

  init(root: String, listedAt: FileTimestamp) {
    self.root = root
    self.listedAt = listedAt
  }

  /// How many files were read, and how many of them kept their parse (their bytes unchanged).
  public var counts: (files: Int, read: Int, keptAfterReading: Int) {
    (digests.count, readCount, keptAfterReading)
  }

  /// Set by ``BuildInputs/withContent(cache:settleTime:)``.
  var readCount = 0
  var keptAfterReading = 0
  /// How many files the cache read did not hold as they are now (none, their identity
  /// changed or not settled, or an unreadable file); every file without a cache.
  public internal(set) var unvouchedCount = 0

  /// The parses kept, by folder as the content reader spells it (`root/relative/folder`),
  /// then by file name: a reader looks a folder up once, then each file by its short name.
  public func keptParses() -> [String: [String: ArraySlice<UInt8>]] {
    guard let tree else { return [:] }
    var folders: [Int: String] = [:]
    var table: [String: [String: ArraySlice<UInt8>]] = [:]
    for (index, parse) in kept.enumerated() {
      guard let parse else { continue }
      let file = tree.files[index]
      let folder =
        folders[file.folder]
        ?? {
          let relative = file.path.utf8.dropLast(file.name.utf8.count + 1)
          let path =
            relative.isEmpty ? root : root + "/" + String(decoding: relative, as: UTF8.self)
          folders[file.folder] = path
          return path
        }()
      table[folder, default: [:]][file.name] = parse
    }
    return table
  }
}
