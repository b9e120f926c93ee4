import FileBytes
import Foundation
import ReportModel

/// What a build keeps beside its output (`.Output.cache` for `Output/`; never inside it, which
/// is uploaded as it is) so that the next build reads and parses only the content files that
/// changed: for each content file its identity (``ContentFileIdentity``, as git's index keeps
/// it), the digest of its bytes, and for a task file the reader's parse of it, laid out by
/// the content reader (the cache holds it as bytes).
///
/// A file whose identity is the one recorded is not read, unless it is "racily clean": one
/// of its times is not older than the moment the last build listed the folder (less a margin
/// for file systems with coarse clocks), so that a file written again within one tick of the
/// clock may have kept its identity; such a file is read, as is any file whose identity
/// differs. A file read whose digest is the one recorded keeps its parse.
///
/// The file is written only after a successful build, whole, under a temporary name then
/// renamed (see ``BuildCacheWrite``). It is used only when it was written by this very
/// executable (``BuildFingerprint/executableIdentity()``), in this layout, for the same
/// content folder as given, and reads back whole with its checksum; anything else is ignored
/// (with a reason for `--verbose`) and the build reads every file, as without a cache.
public struct BuildCache: Sendable {
  /// The version of the file's layout.
  public static let formatVersion: UInt64 = 1
  /// How much older than the last build's listing a file's times must be for its identity to
  /// be trusted: more than a tick of any file system's clock (FAT's is 2 s).
  public static let settleTime = 3.0
  /// A build that finds at most this many content files the cache it read does not hold as
  /// they are (see ``ContentTable/unvouchedCount``), and every kept parse readable, leaves
  /// that cache as it is, still true of every file it names, instead of writing 26 MB (at
  /// 10,000 tasks × 4 rounds) again: the next build reads those few files once more.
  public static let rewriteAfter = 32
  static let magic = Array("report-site build cache\n".utf8)

  /// What a cache must have been written for to be used.
  public struct Key: Sendable, Equatable {
    /// The executable (``BuildFingerprint/executableIdentity()``).
    public var tool: String
    /// The version of the layout of the parses it keeps.
    public var parseFormat: UInt64
    /// The content folder as the command was given it: the parses' places start with it.
    public var content: String

    public init(content: String, parseFormat: UInt64) {
      tool = BuildFingerprint.executableIdentity()
      self.parseFormat = parseFormat
      self.content = content
    }
  }

  /// One content file as the last build found it.
  struct Entry: Sendable {
    /// Where its path relative to the content folder is in ``bytes`` (UTF-8).
    let path: Range<Int>
    let identity: ContentFileIdentity
    let digest: UInt64
    /// Where its parse is in ``bytes``; nil for a file that is not a task file.
    let parse: Range<Int>?
  }

  /// The whole file.
  let bytes: [UInt8]
  /// When the build that wrote it began to list the content folder.
  let listedAt: FileTimestamp
  /// In the order the last build listed the files (the order of a folder's listing stays
  /// the same while the folder is not changed; see ``entryIndices(for:)``).
  let entries: [Entry]

  /// The cache file of the output folder `output`.
  public static func file(for output: URL) -> URL {
    let output = output.standardizedFileURL
    return output.deletingLastPathComponent().appendingPathComponent(
      ".\(output.lastPathComponent).cache")
  }

  /// The cache beside `output` when it was written for `key` and reads back whole; else nil
  /// and why it is not used (nil too when there is none).
  public static func load(output: URL, key: Key) -> (cache: BuildCache?, ignored: String?) {
    let path = file(for: output).path
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      let code = errno
      if code == ENOENT { return (nil, nil) }
      return (nil, "cannot read \(path): \(String(cString: strerror(code)))")
    }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0,
      let bytes = FileBytes.readToEnd(
        descriptor, sizeHint: Int(status.st_size), isRegularFile: true)
    else { return (nil, "cannot read \(path): \(String(cString: strerror(errno)))") }
    do {
      return try (BuildCache(bytes: bytes, key: key), nil)
    } catch {
      return (nil, "\(path) is not used: \(error.reason)")
    }
  }

  /// Why a cache file is not used.
  struct Refusal: Error {
    let reason: String
  }

  init(bytes: [UInt8], key: Key) throws(Refusal) {
    guard bytes.starts(with: Self.magic) else { throw Refusal(reason: "not a cache file") }
    guard bytes.count >= Self.magic.count + 8,
      Self.checksum(bytes.dropLast(8)) == Self.word(bytes.suffix(8))
    else { throw Refusal(reason: "damaged or cut short (its checksum differs)") }
    self.bytes = bytes
    var found: (listedAt: FileTimestamp, entries: [Entry])?
    var refusal: Refusal?
    bytes.withUnsafeBytes { buffer in
      do {
        found = try Self.read(
          UnsafeRawBufferPointer(rebasing: buffer[Self.magic.count..<(buffer.count - 8)]),
          base: Self.magic.count, key: key)
      } catch let error as Refusal {
        refusal = error
      } catch {
        refusal = Refusal(reason: "damaged (\(error))")
      }
    }
    guard let found else { throw refusal ?? Refusal(reason: "damaged") }
    listedAt = found.listedAt
    entries = found.entries
  }

  private static func read(_ buffer: UnsafeRawBufferPointer, base: Int, key: Key) throws -> (
    listedAt: FileTimestamp, entries: [Entry]
  ) {
    var reader = ByteReader(buffer)
    guard try reader.word() == formatVersion else {
      throw Refusal(reason: "written in another layout")
    }
    guard try reader.string() == key.tool else {
      throw Refusal(reason: "written by another report-site executable")
    }
    guard try reader.word() == key.parseFormat else {
      throw Refusal(reason: "its parses are in another layout")
    }
    let content = try reader.string()
    guard content == key.content else {
      throw Refusal(reason: "made for the content folder \(content), not \(key.content)")
    }
    let listedAt = FileTimestamp(seconds: try reader.signed(), nanoseconds: try reader.signed())
    let count = try reader.count()
    var entries: [Entry] = []
    entries.reserveCapacity(count)
    for _ in 0..<count {
      let path = try reader.run()
      // A path is checked as UTF-8 once, here, then compared byte for byte.
      guard String(validating: buffer[path], as: UTF8.self) != nil else {
        throw ByteReader.Damaged(offset: path.lowerBound)
      }
      let identity = ContentFileIdentity(
        device: try reader.unsigned(), inode: try reader.unsigned(), size: try reader.signed(),
        modified: FileTimestamp(seconds: try reader.signed(), nanoseconds: try reader.signed()),
        changed: FileTimestamp(seconds: try reader.signed(), nanoseconds: try reader.signed()))
      let digest = try reader.word()
      let parse = try reader.flag() ? try reader.run() : nil
      entries.append(
        Entry(
          path: (base + path.lowerBound)..<(base + path.upperBound), identity: identity,
          digest: digest, parse: parse.map { (base + $0.lowerBound)..<(base + $0.upperBound) }))
    }
    guard reader.isAtEnd else { throw ByteReader.Damaged(offset: reader.offset) }
    return (listedAt, entries)
  }

  /// The entry of each of `paths` (relative to the content folder), by position: the files
  /// listed in the order the cache has them are matched by comparing their paths; the others,
  /// if any, through a table of the cache's paths.
  func entryIndices(for paths: [String]) -> [Int?] {
    var indices = [Int?](repeating: nil, count: paths.count)
    var unmatched: [Int] = []
    bytes.withUnsafeBytes { buffer in
      for (index, path) in paths.enumerated() {
        guard index < entries.count else {
          unmatched.append(index)
          continue
        }
        let stored = UnsafeRawBufferPointer(rebasing: buffer[entries[index].path])
        var path = path
        let same = path.withUTF8 { $0.elementsEqual(stored) }
        if same { indices[index] = index } else { unmatched.append(index) }
      }
    }
    guard !unmatched.isEmpty else { return indices }
    var table: [String: Int] = [:]
    table.reserveCapacity(entries.count)
    for (index, entry) in entries.enumerated() {
      table[String(decoding: bytes[entry.path], as: UTF8.self)] = index
    }
    for index in unmatched { indices[index] = table[paths[index]] }
    return indices
  }

  /// The size of the parts the checksum hashes apart.
  static let checksumPart = 1 << 20

  /// The checksum of a cache file's bytes but its last eight, which hold it: the hashes of
  /// its parts of 1 MiB, taken on every core, hashed in order.
  static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt64 {
    let part = checksumPart
    let starts = Array(stride(from: bytes.startIndex, to: bytes.endIndex, by: part))
    let hashes = parallelMap(starts, chunkSize: 1) { start in
      bytes[start..<min(start + part, bytes.endIndex)].withUnsafeBytes { partHash($0) }
    }
    return checksum(count: bytes.count, partHashes: hashes)
  }

  /// The hash of one part of a cache file's bytes (see ``checksum(_:)``).
  static func partHash(_ part: UnsafeRawBufferPointer) -> UInt64 {
    var hasher = StableHasher()
    hasher.combine(bytes: part)
    return hasher.value
  }

  /// The checksum of `count` bytes whose parts of ``checksumPart`` bytes hash, in order, to
  /// `partHashes`: what ``checksum(_:)`` gives of the bytes, and ``CacheStream`` as it writes
  /// them.
  static func checksum(count: Int, partHashes: [UInt64]) -> UInt64 {
    var hasher = StableHasher()
    hasher.combine(count)
    for hash in partHashes { hasher.combine(hash) }
    return hasher.value
  }

  static func word(_ bytes: ArraySlice<UInt8>) -> UInt64 {
    bytes.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)) }
  }
}
