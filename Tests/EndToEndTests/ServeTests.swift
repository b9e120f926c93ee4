import Foundation
import Testing

@Suite(.serialized) struct Serve {
  /// Writes `text` to `path` the way many editors save: a temporary file renamed over it.
  func saveByRename(_ text: String, to path: String) throws {
    let temporary = (path as NSString).deletingLastPathComponent + "/.save-" + UUID().uuidString
    try text.write(toFile: temporary, atomically: false, encoding: .utf8)
    _ = rename(temporary, path)
  }

  /// Waits for the next `reload` event; the seconds it took, or nil.
  func reload(_ events: EventStreamReader, since start: Date) throws -> Double? {
    while let event = try events.next(timeout: 30) {
      if event.event == "reload" { return Date().timeIntervalSince(start) }
    }
    return nil
  }

  /// Waits for reload events until `path` contains `text` (a reload of an earlier build may
  /// come first); whether it came.
  func reloads(
    _ events: EventStreamReader, until client: HTTPTestClient, _ path: String,
    contains text: String
  ) throws -> Bool {
    for _ in 0..<5 {
      guard try reload(events, since: Date()) != nil else { return false }
      if try client.get(path).text.contains(text) { return true }
    }
    return false
  }

  @Test func servesRebuildsReloadsAndShowsAFailedBuild() throws {
    let folder = try temporaryFolder()
    #expect(try ReportSiteBinary.run(["import", seedPath], in: folder).status == 0)
    // A site's own asset with a Chinese name, over the built-in theme.
    try FileManager.default.createDirectory(
      atPath: folder + "/Templates/assets", withIntermediateDirectories: true)
    try "说明\n".write(toFile: folder + "/Templates/assets/说明.txt", atomically: true, encoding: .utf8)
    let serve = try ServeProcess(["--port", "0", "--base-path", "/gzbg/"], in: folder)
    defer { serve.stop() }
    let port = try #require(serve.port(), "\(serve.output) \(serve.errorText)")
    let client = HTTPTestClient(port: port)

    let task = try client.get("/gzbg/2020/tasks/17.html")
    #expect(task.status == 200)
    #expect(task.text.contains("<script src=\"/__report-site/live.js\""))
    #expect(task.text.contains("已完成"))
    let missing = try client.get("/gzbg/tasks/no-such-task.html")
    #expect(missing.status == 404)
    #expect(missing.text.contains("页面未找到"))
    #expect(try client.get("/gzbg/../Content/site.yml").status == 403)
    #expect(try client.get("/gzbg/%2e%2e/Content/site.yml").status == 403)
    #expect(try client.get("/gzbg/.report-site").status == 404)
    let chinese = try client.get("/gzbg/assets/%E8%AF%B4%E6%98%8E.txt")
    #expect(chinese.status == 200)
    #expect(chinese.text == "说明\n")
    #expect(try client.get("/").headers["location"] == "/gzbg/")
    #expect(try client.get(LiveReloadPaths.script).text.contains("EventSource"))

    // An edit saved by rename: one reload event, and the page shows it.
    let events = try client.events(LiveReloadPaths.events)
    defer { events.close() }
    #expect(try events.next(timeout: 10)?.event == "hello")
    let path = folder + "/Content/reports/2020/rounds/2020-12-16/17.md"
    let original = try String(contentsOfFile: path, encoding: .utf8)
    var start = Date()
    try saveByRename(
      original.replacingOccurrences(of: "status: 已完成\n", with: "status: 进度滞后\n"), to: path)
    let latency = try #require(try reload(events, since: start))
    let edited = try client.get("/gzbg/2020/tasks/17.html")
    let seen = Date().timeIntervalSince(start)
    #expect(edited.text.contains("进度滞后"))
    print("serve: reload event \(latency) s, new page fetched \(seen) s after the save")
    #expect(latency < 10)

    // A burst of saves (twenty files at once) makes one build, not twenty.
    let builds = {
      serve.output.filter { $0.hasPrefix("built") || $0.hasPrefix("build failed") }.count
    }
    Thread.sleep(forTimeInterval: 0.5)  // the last build's line read
    let before = builds()
    start = Date()
    // The new texts are written first (hidden, so not seen), then renamed in at once: a burst
    // of a few milliseconds, as a save of many files is.
    var saves: [(temporary: String, file: String)] = []
    for number in 20..<40 {
      let file = folder + "/Content/reports/2020/rounds/2020-12-16/\(number).md"
      let text = try String(contentsOfFile: file, encoding: .utf8)
      let temporary = folder + "/Content/reports/2020/rounds/2020-12-16/.save-\(number)"
      try (text + "\n补充。\n").write(toFile: temporary, atomically: false, encoding: .utf8)
      saves.append((temporary, file))
    }
    for save in saves { _ = rename(save.temporary, save.file) }
    #expect(try reload(events, since: start) != nil)
    Thread.sleep(forTimeInterval: 1)
    // One build; two at most if this machine paused the test for 20 ms within the burst.
    #expect((1...2).contains(builds() - before), "\(builds() - before) builds")
    print("serve: a burst of 20 saves made \(builds() - before) build(s)")

    // A new round folder, as import makes it (staged, then renamed in).
    let second = repositoryRoot.appendingPathComponent(
      "Tests/ReportSiteTests/Fixtures/round2-2021-01-20.txt"
    ).path
    start = Date()
    #expect(try ReportSiteBinary.run(["import", second], in: folder).status == 0)
    #expect(
      try reloads(events, until: client, "/gzbg/2020/rounds/index.html", contains: "2021-01-20"))

    // A broken edit: the error shows in the page, the last good site stays.
    let secondTask = folder + "/Content/reports/2020/rounds/2021-01-20/17.md"
    let secondText = try String(contentsOfFile: secondTask, encoding: .utf8)
    let broken = secondText.replacing(#/status: [^\n]*\n/#, with: "status: 大体完成\n")
    start = Date()
    try saveByRename(broken, to: secondTask)
    #expect(
      try reloads(
        events, until: client, "/gzbg/2020/tasks/17.html", contains: "report-site-failure"))
    let failed = try client.get("/gzbg/2020/tasks/17.html")
    #expect(failed.status == 200)
    #expect(failed.text.contains("2021-01-20/17.md:8:9: error: unknown status &quot;大体完成&quot;"))
    #expect(!FileManager.default.fileExists(atPath: folder + "/Output"))

    // A second serve on the same port names it.
    let busy = try ReportSiteBinary.run(["serve", "--port", String(port)], in: folder)
    #expect(busy.status == 1)
    #expect(busy.stderr.contains("cannot serve on 127.0.0.1:\(port): the port is busy"))

    // build's Output/ holds nothing of serve.
    try saveByRename(secondText, to: secondTask)
    let built = try ReportSiteBinary.run(["build"], in: folder)
    #expect(built.status == 0, "\(built.stderr)")
    for (file, bytes) in snapshot(folder + "/Output") {
      #expect(!String(decoding: bytes, as: UTF8.self).contains("__report-site"), "\(file)")
      #expect(!file.contains("live"), "\(file)")
    }
  }
}

/// The paths of serve's script and event stream (as ReportServe's LiveReload names them).
enum LiveReloadPaths {
  static let script = "/__report-site/live.js"
  static let events = "/__report-site/events"
}
