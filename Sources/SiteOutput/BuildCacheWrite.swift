import Dispatch
import FileBytes
import Foundation
import Synchronization

/// The cache of a build (see ``BuildCache``), laid out and written beside the output on
/// another thread while the site is made, under a temporary name (`.Output.cache.tmp`, which
/// only a build holding the output's lock writes), and renamed into place by ``commit()``
/// once the build has succeeded; ``discard()`` removes it instead.
///
/// A cache that cannot be written is no error of the build: the next build reads every file.
/// Nor is it written on a disk with less than eight times its size free.
public final class BuildCacheWrite: Sendable {
  private let group = DispatchGroup()
  private let failure = Mutex<String?>(nil)
  private let temporary: String
  private let final: String

  /// Starts writing the cache of `table` (the content files of this build) with `made`, the
  /// parses made by this build's reader in its layout, by path as the reader spells it.
  public init(output: URL, key: BuildCache.Key, table: ContentTable, made: [String: [UInt8]]) {
    final = BuildCache.file(for: output).path
    temporary = final + ".tmp"
    group.enter()
    DispatchQueue.global().async { [self] in
      let problem =
        Self.hasRoom(for: Self.size(table: table, made: made), beside: final)
        ?? Self.store(key: key, table: table, made: made, at: temporary)
      failure.withLock { $0 = problem }
      group.leave()
    }
  }

  /// Puts the cache in place; nil, or what went wrong (the old cache is then left as it is:
  /// it names files by identity and digest, so it stays true of them).
  public func commit() -> String? {
    group.wait()
    if let problem = failure.withLock({ $0 }) {
      unlink(temporary)
      return problem
    }
    guard rename(temporary, final) == 0 else {
      let problem = "cannot rename \(temporary): \(String(cString: strerror(errno)))"
      unlink(temporary)
      return problem
    }
    return nil
  }

  /// Removes the temporary file a killed build left beside `output` (the caller holds the
  /// output's lock, so no build is writing it); nil, or the file removed.
  public static func removeLeftover(beside output: URL) -> String? {
    let path = BuildCache.file(for: output).path + ".tmp"
    return unlink(path) == 0 ? path : nil
  }

  /// Removes the cache written: the build failed.
  public func discard() {
    group.wait()
    unlink(temporary)
  }

  /// The cache file's bytes (see ``BuildCache``'s reader for the layout).
  static func bytes(key: BuildCache.Key, table: ContentTable, made: [String: [UInt8]])
    -> [UInt8]
  {
    var stream = CacheStream(descriptor: nil)
    lay(key: key, table: table, made: made, into: &stream)
    return stream.kept
  }

  /// About the size of the cache file.
  private static func size(table: ContentTable, made: [String: [UInt8]]) -> Int {
    var size = 256 + 64 * table.digests.count
    for parse in table.kept { size += parse?.count ?? 0 }
    for parse in made.values { size += parse.count }
    return size
  }

  /// Lays the cache file out into `stream`: a header, then a record per file in the order
  /// of the listing, then the checksum.
  private static func lay(
    key: BuildCache.Key, table: ContentTable, made: [String: [UInt8]],
    into stream: inout CacheStream
  ) {
    var writer = ByteWriter(capacity: 4096)
    writer.append(contentsOf: BuildCache.magic)
    writer.writeWord(BuildCache.formatVersion)
    writer.write(key.tool)
    writer.writeWord(key.parseFormat)
    writer.write(key.content)
    writer.write(table.listedAt.seconds)
    writer.write(table.listedAt.nanoseconds)
    let files = table.tree?.files ?? []
    let recorded = files.indices.filter {
      table.identities[$0] != nil && table.digests[$0] != nil
    }
    writer.write(UInt64(recorded.count))
    for index in recorded {
      guard let identity = table.identities[index], let digest = table.digests[index] else {
        continue
      }
      writer.write(files[index].path)
      writer.write(identity.device)
      writer.write(identity.inode)
      writer.write(identity.size)
      writer.write(identity.modified.seconds)
      writer.write(identity.modified.nanoseconds)
      writer.write(identity.changed.seconds)
      writer.write(identity.changed.nanoseconds)
      writer.writeWord(digest)
      let parse: ArraySlice<UInt8>? =
        table.kept[index] ?? made[table.root + "/" + files[index].path].map { $0[...] }
      writer.write(parse != nil)
      if let parse {
        writer.write(UInt64(parse.count))
        stream.append(writer.bytes)
        stream.append(parse)
        writer = ByteWriter(capacity: 256)
      } else if writer.bytes.count >= 4096 {
        stream.append(writer.bytes)
        writer = ByteWriter(capacity: 4096)
      }
    }
    stream.append(writer.bytes)
    stream.finish()
  }

  /// Nil when the disk that holds `path` has at least eight times `count` bytes free (the
  /// cache, written while the site is, must never be what fills the disk the site needs);
  /// else why the cache is not written.
  private static func hasRoom(for count: Int, beside path: String) -> String? {
    var status = statvfs()
    let folder = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
    guard statvfs(folder.isEmpty ? "." : folder, &status) == 0 else { return nil }
    let free = Int(status.f_bavail) * Int(status.f_frsize)
    guard free < 8 * count else { return nil }
    return "the disk has less than 8 times the cache's \(count) bytes free"
  }

  /// Writes the cache file to a new file at `path`; nil, or what went wrong.
  private static func store(
    key: BuildCache.Key, table: ContentTable, made: [String: [UInt8]], at path: String
  ) -> String? {
    unlink(path)
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
      return "cannot create \(path): \(String(cString: strerror(errno)))"
    }
    defer { close(descriptor) }
    var stream = CacheStream(descriptor: descriptor, path: path)
    lay(key: key, table: table, made: made, into: &stream)
    return stream.failure
  }
}
