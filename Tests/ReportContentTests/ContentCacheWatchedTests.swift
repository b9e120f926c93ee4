import Foundation
import ReportModel
import Testing

@testable import ReportContent

/// With a watcher's word (``ContentCache/watched(_:)``), a read takes the entries it vouches
/// for without a `stat`, and checks every file the changes may concern.
@Suite struct ContentCacheWatchedTests {
  let helpers = ContentCacheTests()

  /// Appends a sentence to the narrative of the task file at `path`.
  func edit(_ path: String) throws {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    try (text + "\n补充。\n").write(toFile: path, atomically: true, encoding: .utf8)
  }

  @Test func namedChangesAreReadAndTheRestTakenUnseen() throws {
    let layout = try seedContent()
    let cache = ContentCache(settleTime: -60)
    let files = try helpers.taskFiles(layout)
    _ = try helpers.read(layout, cache)
    // The first word of a watcher is "everything": every entry is checked, then vouched for.
    cache.watched(.everything)
    _ = try helpers.read(layout, cache)
    #expect(cache.lastCounts == (files.count, 0))
    #expect(cache.lastVouched == 0)
    // A change the watcher names is read; the others are taken without a stat.
    try edit(files[3])
    cache.watched(.names([(files[3] as NSString).lastPathComponent]))
    _ = try helpers.read(layout, cache)
    #expect(cache.lastCounts.read == 1)
    #expect(cache.lastVouched == files.count - 1)
    // A change it does not name (the rule: a watcher tells every change) is not seen ...
    let unnamed = files[5]
    let before = try String(contentsOfFile: unnamed, encoding: .utf8)
    try edit(unnamed)
    cache.watched(.names([]))
    let (stale, _) = ContentReader(layout: layout, cache: cache).readSite()
    let (fresh, _) = ContentReader(layout: layout).readSite()
    #expect(stale != fresh)
    // ... until a read without its word, or with "everything", checks every file again.
    _ = try helpers.read(layout, cache)
    #expect(cache.lastCounts.read == 1)
    try before.write(toFile: unnamed, atomically: true, encoding: .utf8)
    cache.watched(.everything)
    _ = try helpers.read(layout, cache)
    #expect(cache.lastCounts.read == 1)
    #expect(cache.lastVouched == 0)
  }

  @Test func filesWithMoreThanOneLinkAreAlwaysChecked() throws {
    let layout = try seedContent()
    let cache = ContentCache(settleTime: -60)
    let files = try helpers.taskFiles(layout)
    let linked = files[2]
    #expect(link(linked, layout.root + "/../linked.md") == 0)
    _ = try helpers.read(layout, cache)
    cache.watched(.everything)
    _ = try helpers.read(layout, cache)
    // Written through its other name: the watcher of Content/ sees nothing.
    let other = layout.root + "/../linked.md"
    let handle = try #require(FileHandle(forWritingAtPath: other))
    try handle.seekToEnd()
    try handle.write(contentsOf: Data("\n经由另一个名称补充。\n".utf8))
    try handle.close()
    cache.watched(.names([]))
    _ = try helpers.read(layout, cache)
    #expect(cache.lastCounts.read == 1)
    #expect(cache.lastVouched == files.count - 1)
  }
}
