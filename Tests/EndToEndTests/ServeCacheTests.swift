import Foundation
import Testing

/// `serve` keeps parsed task files and built pieces from one rebuild to the next: the site it
/// serves after edits of every kind is still, byte for byte, the site a build from nothing
/// writes.
@Suite(.serialized) struct ServeCache {
  /// The folder `serve` (process `pid`) builds into.
  func servedSite(pid: Int32) throws -> String {
    let temporary = FileManager.default.temporaryDirectory.path
    let name = try #require(
      try FileManager.default.contentsOfDirectory(atPath: temporary).first {
        $0.hasPrefix("report-site-serve-\(pid)-")
      })
    return temporary + "/" + name + "/site"
  }

  /// Waits for reload events until the page at `path` contains `text` (or, with `missing`,
  /// is gone); whether it did.
  func reloads(
    _ events: EventStreamReader, _ client: HTTPTestClient, _ path: String, contains text: String,
    missing: Bool = false
  ) throws -> Bool {
    for _ in 0..<8 {
      guard let event = try events.next(timeout: 30) else { return false }
      guard event.event == "reload" else { continue }
      let page = try client.get(path)
      if missing ? page.status == 404 : page.text.contains(text) { return true }
    }
    return false
  }

  @Test func servedSiteAfterEditsIsAFreshBuild() throws {
    let folder = try temporaryFolder()
    #expect(try ReportSiteBinary.run(["import", seedPath], in: folder).status == 0)
    // Files left alone for the cache's settle time are taken from it at every rebuild.
    Thread.sleep(forTimeInterval: 3.5)
    let serve = try ServeProcess(["--port", "0", "--verbose"], in: folder)
    defer { serve.stop() }
    let port = try #require(serve.port(), "\(serve.output) \(serve.errorText)")
    let client = HTTPTestClient(port: port)
    let events = try client.events(LiveReloadPaths.events)
    defer { events.close() }
    #expect(try events.next(timeout: 10)?.event == "hello")
    let round = folder + "/Content/reports/2020/rounds/2020-12-16/"

    // A narrative saved by rename.
    let first = try String(contentsOfFile: round + "17.md", encoding: .utf8)
    try (first + "\n缓存测试一。\n").write(
      toFile: round + ".save-17", atomically: false, encoding: .utf8)
    _ = rename(round + ".save-17", round + "17.md")
    #expect(try reloads(events, client, "/2020/tasks/17.html", contains: "缓存测试一"))
    // A narrative written in place (same inode).
    let handle = try #require(FileHandle(forWritingAtPath: round + "18.md"))
    try handle.seekToEnd()
    try handle.write(contentsOf: Data("\n缓存测试二。\n".utf8))
    try handle.close()
    #expect(try reloads(events, client, "/2020/tasks/18.html", contains: "缓存测试二"))
    // A status, which every list reads.
    let third = try String(contentsOfFile: round + "19.md", encoding: .utf8)
    let slower = third.replacing(#/status: [^\n]*\n/#, with: "status: 进度滞后\n")
    try slower.write(toFile: round + ".save-19", atomically: false, encoding: .utf8)
    _ = rename(round + ".save-19", round + "19.md")
    #expect(try reloads(events, client, "/2020/tasks/19.html", contains: "进度滞后"))
    // A task deleted.
    try FileManager.default.removeItem(atPath: round + "20.md")
    #expect(try reloads(events, client, "/2020/tasks/20.html", contains: "", missing: true))

    // A unit changed, which the unit pages read.
    let fourth = try String(contentsOfFile: round + "21.md", encoding: .utf8)
    let moved = fourth.replacing(#/units:\n  - [^\n]*\n/#, with: "units:\n  - 缓存测试局\n")
    try moved.write(toFile: round + ".save-21", atomically: false, encoding: .utf8)
    _ = rename(round + ".save-21", round + "21.md")
    #expect(try reloads(events, client, "/2020/tasks/21.html", contains: "缓存测试局"))
    // A save with an error (a status the vocabulary lacks), then its fix.
    let fifth = try String(contentsOfFile: round + "22.md", encoding: .utf8)
    let wrong = fifth.replacing(#/status: [^\n]*\n/#, with: "status: 大体完成\n")
    try wrong.write(toFile: round + ".save-22", atomically: false, encoding: .utf8)
    _ = rename(round + ".save-22", round + "22.md")
    // The page shows the failed build's problem.
    #expect(try reloads(events, client, "/2020/tasks/22.html", contains: "report-site-failure"))
    try (fifth + "\n修好之后。\n").write(
      toFile: round + ".save-22", atomically: false, encoding: .utf8)
    _ = rename(round + ".save-22", round + "22.md")
    #expect(try reloads(events, client, "/2020/tasks/22.html", contains: "修好之后"))
    // A task added, in a file new to the folder.
    let added = fifth.replacing(#/number: [^\n]*\n/#, with: "number: 901\n")
      .replacing(#/task: [^\n]*\n/#, with: "task: 缓存测试新增的任务。\n")
    try added.write(toFile: round + ".save-901", atomically: false, encoding: .utf8)
    _ = rename(round + ".save-901", round + "901.md")
    #expect(try reloads(events, client, "/2020/tasks/901.html", contains: "缓存测试新增的任务"))
    #expect(serve.output.contains { $0.contains("build failed") }, "\(serve.output.suffix(30))")

    // The rebuilds took the other task files from the cache, after the first rebuild
    // without even a stat: the watcher saw no change of them (see `ContentCache`).
    #expect(serve.output.contains { $0.contains("read 1 task files, 77 unchanged") })
    let unseen = serve.output.compactMap { line in
      line.firstMatch(of: #/\((\d+) of them unseen by the watcher/#).flatMap { Int($0.1) }
    }
    #expect(unseen.contains { $0 >= 70 }, "\(unseen)")
    // …and the record of the site they replaced from memory, and the search index's texts
    // of the other narratives from the session.
    #expect(serve.output.contains { $0.contains("the last build's record, kept in memory") })
    #expect(
      serve.output.contains { $0.contains("search texts: ") && !$0.contains("search texts: 0 ") })
    let built = try ReportSiteBinary.run(["build", "--output", "Fresh"], in: folder)
    #expect(built.status == 0, "\(built.stderr)")
    let served = snapshot(try servedSite(pid: serve.process.processIdentifier))
    let fresh = snapshot(folder + "/Fresh")
    // The marker differs: a build stores its inputs' fingerprint, serve does not.
    let differing = Set(served.keys).union(fresh.keys).filter {
      $0 != ".report-site" && served[$0] != fresh[$0]
    }
    #expect(differing.isEmpty, "\(differing.sorted().prefix(10))")
    #expect(served.count > 100)
  }
}
