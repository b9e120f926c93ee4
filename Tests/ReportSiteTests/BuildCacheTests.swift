import FileBytes
import Foundation
import ReportContent
import ReportModel
import Testing

@testable import SiteOutput

/// The build's cache beside the output: the files its table vouches for are not read, unless
/// racily clean; a cache of another executable, layout or content folder, or damaged, is
/// refused; the fingerprint is the same with a cache or without.
struct BuildCacheTests {
  private static func inputs(_ layout: ContentLayout) throws -> BuildInputs {
    try BuildInputs(content: layout.root, templates: SiteFixture.templates, settings: [])
  }

  /// The cache a build of `layout` writes: its table, with the reader's parses.
  private static func cacheBytes(_ layout: ContentLayout, key: BuildCache.Key) throws -> [UInt8] {
    let found = try inputs(layout).withContent(cache: nil)
    let parsed = ParsedTaskFiles(kept: [:])
    let (site, _) = ContentReader(
      layout: layout, preloaded: found.content.byPath(), parsed: parsed
    ).readSite()
    #expect(site != nil)
    return BuildCacheWrite.bytes(key: key, table: found.table, made: parsed.takeMade())
  }

  private static func key(_ layout: ContentLayout) -> BuildCache.Key {
    BuildCache.Key(content: layout.root, parseFormat: ParsedTaskFile.formatVersion)
  }

  @Test func aFileTheTableVouchesForIsNotReadUnlessRacilyClean() throws {
    let folder = try TemporaryFolder()
    let layout = try SiteFixture.seedContent(in: folder)
    let cache = try BuildCache(
      bytes: try Self.cacheBytes(layout, key: Self.key(layout)), key: Self.key(layout))
    let without = try Self.inputs(layout).withContent(cache: nil)
    let tasks = cache.entries.filter { $0.parse != nil }.count
    #expect(tasks > 10)
    // Trusted (a settle time far in the past): no task file is read, only the others.
    let trusted = try Self.inputs(layout).withContent(cache: cache, settleTime: -1e9)
    #expect(trusted.table.counts.read == without.table.counts.files - tasks)
    #expect(trusted.fingerprint == without.fingerprint)
    // The files were written just now: racily clean, all read again, their parses kept.
    let racy = try Self.inputs(layout).withContent(cache: cache)
    #expect(racy.table.counts.read == without.table.counts.files)
    #expect(racy.table.counts.keptAfterReading == tasks)
    #expect(racy.fingerprint == without.fingerprint)
    // An edit: that file is read and not kept; the fingerprint is the one without a cache.
    let id = try #require(ContentReader(layout: layout).roundIDs().first)
    let task = layout.taskFile(id, number: 1)
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: task))
    try handle.seekToEnd()
    try handle.write(contentsOf: Data("\n一段。\n".utf8))
    try handle.close()
    let edited = try Self.inputs(layout).withContent(cache: cache, settleTime: -1e9)
    #expect(edited.table.counts.read == without.table.counts.files - tasks + 1)
    #expect(edited.table.counts.keptAfterReading == 0)
    #expect(edited.fingerprint == (try Self.inputs(layout).withContent(cache: nil).fingerprint))
    #expect(edited.fingerprint != without.fingerprint)
    let kept = edited.table.keptParses()
    #expect(kept[layout.roundFolder(id)]?["1.md"] == nil)
    #expect(kept[layout.roundFolder(id)]?["2.md"] != nil)
  }

  @Test func theReaderTakesKeptParsesAndReadsADamagedOne() throws {
    let folder = try TemporaryFolder()
    let layout = try SiteFixture.seedContent(in: folder)
    let cache = try BuildCache(
      bytes: try Self.cacheBytes(layout, key: Self.key(layout)), key: Self.key(layout))
    let found = try Self.inputs(layout).withContent(cache: cache, settleTime: -1e9)
    let plain = ContentReader(layout: layout).readSite()
    let id = try #require(ContentReader(layout: layout).roundIDs().first)
    var kept = found.table.keptParses()
    let parsed = ParsedTaskFiles(kept: kept)
    let cached = ContentReader(layout: layout, preloaded: found.content.byPath(), parsed: parsed)
      .readSite()
    #expect(cached.site == plain.site)
    #expect(cached.diagnostics == plain.diagnostics)
    #expect(parsed.counts.parsed == 0 && parsed.counts.reused > 10)
    // A kept parse that does not read back: the file is read instead.
    kept[layout.roundFolder(id)]?["2.md"] = [1, 0xFF, 0xFF][...]
    let damaged = ParsedTaskFiles(kept: kept)
    let mended = ContentReader(layout: layout, preloaded: found.content.byPath(), parsed: damaged)
      .readSite()
    #expect(mended.site == plain.site)
    #expect(damaged.counts.damaged == 1 && damaged.counts.parsed == 1)
  }

  @Test func aCacheOfAnotherToolLayoutOrFolderOrDamagedIsRefused() throws {
    let folder = try TemporaryFolder()
    let layout = try SiteFixture.seedContent(in: folder)
    let key = Self.key(layout)
    let bytes = try Self.cacheBytes(layout, key: key)
    func refusal(_ bytes: [UInt8], _ key: BuildCache.Key) -> String? {
      do {
        _ = try BuildCache(bytes: bytes, key: key)
        return nil
      } catch {
        return error.reason
      }
    }
    #expect(refusal(bytes, key) == nil)
    var otherTool = key
    otherTool.tool += " (rebuilt)"
    #expect(refusal(bytes, otherTool) == "written by another report-site executable")
    var otherFolder = key
    otherFolder.content = "Content"
    #expect(refusal(bytes, otherFolder)?.hasPrefix("made for the content folder") == true)
    var otherParses = key
    otherParses.parseFormat += 1
    #expect(refusal(bytes, otherParses) == "its parses are in another layout")
    // Cut short anywhere (a sample of lengths), or any byte changed: refused.
    for count in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 97)) {
      #expect(refusal(Array(bytes.prefix(count)), key) != nil)
    }
    for offset in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 89)) {
      var damaged = bytes
      damaged[offset] ^= 0x01
      #expect(refusal(damaged, key) != nil, "byte \(offset)")
    }
    // Missing: no cache, no reason; unreadable as a file: a reason.
    let output = folder.url.appendingPathComponent("Output")
    #expect(BuildCache.load(output: output, key: key).ignored == nil)
    try Data(bytes).write(to: BuildCache.file(for: output))
    #expect(BuildCache.load(output: output, key: key).cache != nil)
    #expect(BuildCache.file(for: output).lastPathComponent == ".Output.cache")
  }

  /// The file is written in parts as it is laid out; its checksum is the one a reader
  /// takes of the whole, across parts of 1 MiB.
  @Test func theStreamedChecksumIsTheChecksumOfTheWholeFile() {
    var stream = CacheStream(descriptor: nil)
    var all: [UInt8] = []
    for count in [10, 1 << 20, 3, (1 << 20) + 5, 0, 700_000, 2 << 20] {
      let chunk = (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ count) }
      stream.append(chunk)
      all += chunk
    }
    stream.finish()
    #expect(Array(stream.kept.dropLast(8)) == all)
    #expect(BuildCache.checksum(all[...]) == BuildCache.word(stream.kept.suffix(8)))
    all[all.count / 3] ^= 1
    #expect(BuildCache.checksum(all[...]) != BuildCache.word(stream.kept.suffix(8)))
  }

  @Test func theCacheIsPutInPlaceOnlyByCommit() throws {
    let folder = try TemporaryFolder()
    let layout = try SiteFixture.seedContent(in: folder)
    let output = folder.url.appendingPathComponent("Output")
    let found = try Self.inputs(layout).withContent(cache: nil)
    let write = BuildCacheWrite(
      output: output, key: Self.key(layout), table: found.table, made: [:])
    write.discard()
    #expect(!FileManager.default.fileExists(atPath: BuildCache.file(for: output).path))
    let again = BuildCacheWrite(
      output: output, key: Self.key(layout), table: found.table, made: [:])
    #expect(again.commit() == nil)
    let loaded = BuildCache.load(output: output, key: Self.key(layout))
    #expect(loaded.ignored == nil)
    #expect(loaded.cache?.entries.count == found.table.counts.files)
    #expect(!FileManager.default.fileExists(atPath: BuildCache.file(for: output).path + ".tmp"))
  }
}
