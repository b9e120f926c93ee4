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

  /// A folder whose names are those of the last read is taken as that read assembled it,
  /// but for the files the watcher names (see ``ContentCache/KeptFolder``): each read of a
  /// chain of edits gives what a read without a cache gives, diagnostics included.
  @Test func keptFoldersGiveWhatAFreshReadGives() throws {
    let layout = try seedContent()
    let cache = ContentCache(settleTime: -60)
    var files = try helpers.taskFiles(layout)
    _ = try helpers.read(layout, cache)
    cache.watched(.everything)
    _ = try helpers.read(layout, cache)
    // Nothing told: every file taken from the kept folder.
    cache.watched(.names([]))
    _ = try helpers.read(layout, cache)
    #expect(cache.lastCounts == (files.count, 0))
    #expect(cache.lastVouched == files.count)
    func told(_ path: String) {
      cache.watched(.names([(path as NSString).lastPathComponent]))
    }
    // A narrative edited: that file read, the others kept.
    try edit(files[3])
    told(files[3])
    _ = try helpers.read(layout, cache)
    #expect(cache.lastCounts.read == 1)
    #expect(cache.lastVouched == files.count - 1)
    // A task's number changed: it moves among the tasks (and is warned about its name).
    let renumbered = try String(contentsOfFile: files[4], encoding: .utf8)
    try renumbered.replacingOccurrences(
      of: "number: \(Int((files[4] as NSString).lastPathComponent.dropLast(3))!)\n",
      with: "number: 9999\n"
    ).write(toFile: files[4], atomically: true, encoding: .utf8)
    told(files[4])
    let moved = try helpers.read(layout, cache)
    #expect(moved.reports.first?.rounds.first?.tasks.last?.number == 9999)
    // A new task file, and a file removed: other names, every file looked up again.
    let folder = (files[0] as NSString).deletingLastPathComponent
    let added = folder + "/9998.md"
    try String(contentsOfFile: files[5], encoding: .utf8).replacingOccurrences(
      of: "number: \(Int((files[5] as NSString).lastPathComponent.dropLast(3))!)\n",
      with: "number: 9998\n"
    ).write(toFile: added, atomically: true, encoding: .utf8)
    told(added)
    _ = try helpers.read(layout, cache)
    try FileManager.default.removeItem(atPath: files[6])
    told(files[6])
    _ = try helpers.read(layout, cache)
    files = try helpers.taskFiles(layout)
    // The folder kept again from that read: a further edit reads one file.
    try edit(files[7])
    told(files[7])
    _ = try helpers.read(layout, cache)
    #expect(cache.lastCounts.read == 1)
  }
}
