import Foundation
import ReportModel
import Testing

@testable import ReportContent

/// A read with a ``ContentCache`` gives what a read without one gives, whatever happened to the
/// files in between: the cache serves a task only while its file is the file it read.
@Suite struct ContentCacheTests {
  /// The task files of the seed's round, by path.
  func taskFiles(_ layout: ContentLayout) throws -> [String] {
    let enumerator = try #require(FileManager.default.enumerator(atPath: layout.root))
    return enumerator.compactMap { $0 as? String }.filter {
      $0.hasSuffix(".md") && Int(($0 as NSString).lastPathComponent.dropLast(3)) != nil
    }.map { layout.root + "/" + $0 }.sorted()
  }

  /// Reads the site with `cache`, and without one; they must agree, diagnostics included.
  func read(_ layout: ContentLayout, _ cache: ContentCache) throws -> SiteContent {
    let (cached, cachedDiagnostics) = ContentReader(layout: layout, cache: cache).readSite()
    let (fresh, freshDiagnostics) = ContentReader(layout: layout).readSite()
    // Compared first, so that a failure does not print two whole sites.
    let (sameSite, sameDiagnostics) = (cached == fresh, cachedDiagnostics == freshDiagnostics)
    #expect(sameSite, "the cached read gave another site")
    #expect(sameDiagnostics, "the cached read gave other diagnostics")
    return try #require(cached)
  }

  /// The file's access and modification times, to the nanosecond.
  func times(_ path: String) throws -> [timespec] {
    var status = stat()
    #expect(stat(path, &status) == 0)
    return [status.st_atim, status.st_mtim]
  }

  func setTimes(_ times: [timespec], _ path: String) {
    #expect(utimensat(AT_FDCWD, path, times, 0) == 0)
  }

  func modificationTime(_ path: String) throws -> (Int, Int) {
    let time = try times(path)[1]
    return (time.tv_sec, time.tv_nsec)
  }

  /// `text` with its last "。" made "，" (or the other way round): the same size in UTF-8,
  /// other bytes, still a task.
  func sameSizeOtherText(_ text: String) throws -> String {
    let last = try #require(text.indices.last { text[$0] == "。" || text[$0] == "，" })
    var other = text
    other.replaceSubrange(last...last, with: text[last] == "。" ? "，" : "。")
    #expect(other.utf8.count == text.utf8.count)
    return other
  }

  @Test func unchangedFilesAreReusedAndOthersRead() throws {
    let layout = try seedContent()
    let cache = ContentCache(settleTime: -60)
    let first = try read(layout, cache)
    let count = try taskFiles(layout).count
    #expect(cache.lastCounts == (0, count))
    let second = try read(layout, cache)
    #expect(cache.lastCounts == (count, 0))
    #expect(first == second)
  }

  @Test func justWrittenFilesAreNotTrusted() throws {
    let layout = try seedContent()
    // The default settle time: files written seconds ago are read again at every read.
    let cache = ContentCache()
    _ = try read(layout, cache)
    _ = try read(layout, cache)
    #expect(cache.lastCounts.reused == 0)
  }

  @Test func sameSizeAndTimeButAnotherInodeIsReadAgain() throws {
    let layout = try seedContent()
    let cache = ContentCache(settleTime: -60)
    _ = try read(layout, cache)
    let path = try taskFiles(layout)[0]
    let time = try modificationTime(path)
    let text = try sameSizeOtherText(try String(contentsOfFile: path, encoding: .utf8))
    // Saved by rename, as editors do, with the old file's size and modification time.
    try text.write(toFile: path + ".new", atomically: false, encoding: .utf8)
    setTimes(try times(path), path + ".new")
    #expect(rename(path + ".new", path) == 0)
    #expect(try modificationTime(path) == time)
    _ = try read(layout, cache)
    #expect(cache.lastCounts.read == 1)
  }

  @Test func sameSizeAndTimeInPlaceIsReadAgain() throws {
    let layout = try seedContent()
    let cache = ContentCache(settleTime: -60)
    _ = try read(layout, cache)
    let path = try taskFiles(layout)[1]
    let old = try times(path)
    let text = try sameSizeOtherText(try String(contentsOfFile: path, encoding: .utf8))
    // The same inode, size and modification time: only the status-change time tells.
    let handle = try #require(FileHandle(forWritingAtPath: path))
    try handle.write(contentsOf: Data(text.utf8))
    try handle.close()
    setTimes(old, path)
    #expect(try times(path)[1].tv_nsec == old[1].tv_nsec)
    _ = try read(layout, cache)
    #expect(cache.lastCounts.read == 1)
  }

  @Test func touchedButUnchangedIsReadAgainAndTheSame() throws {
    let layout = try seedContent()
    let cache = ContentCache(settleTime: -60)
    let before = try read(layout, cache)
    try FileManager.default.setAttributes(
      [.modificationDate: Date()], ofItemAtPath: try taskFiles(layout)[2])
    let after = try read(layout, cache)
    #expect(cache.lastCounts.read == 1)
    #expect(before == after)
  }

  @Test func deletedFileDropsOut() throws {
    let layout = try seedContent()
    let cache = ContentCache(settleTime: -60)
    let before = try read(layout, cache)
    try FileManager.default.removeItem(atPath: try taskFiles(layout)[3])
    let after = try read(layout, cache)
    #expect(after.latest?.latest?.tasks.count == (before.latest?.latest?.tasks.count ?? 0) - 1)
    #expect(cache.lastCounts.read == 0)
  }

  @Test func newRoundIsRead() throws {
    let layout = try seedContent()
    let cache = ContentCache(settleTime: -60)
    let count = try taskFiles(layout).count
    let before = try read(layout, cache)
    var round = try #require(before.latest?.latest)
    round.id = try #require(RoundID("2021-03-31"))
    _ = try ContentWriter(layout: layout).write(round, config: before.config, force: false)
    let after = try read(layout, cache)
    #expect(after.latest?.rounds.count == 2)
    #expect(cache.lastCounts == (count, round.tasks.count))
  }

  @Test func diagnosticsOfAReusedFileAreTheSame() throws {
    let layout = try seedContent()
    let path = try taskFiles(layout)[4]
    // UTF-16 is read with a warning.
    let text = try String(contentsOfFile: path, encoding: .utf8)
    try text.write(toFile: path, atomically: true, encoding: .utf16)
    let cache = ContentCache(settleTime: -60)
    let (_, first) = ContentReader(layout: layout, cache: cache).readSite()
    let (_, second) = ContentReader(layout: layout, cache: cache).readSite()
    #expect(cache.lastCounts.read == 0)
    #expect(!first.isEmpty)
    #expect(first == second)
  }
}
