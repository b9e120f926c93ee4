import Foundation
import Testing

/// The cache beside the output (`.Output.cache`): after each edit of a chain, a build that
/// takes unchanged files from the cache writes the same `Output/`, prints the same diagnostics
/// and exits with the same status as a build without any cache.
@Suite struct BuildCacheCommand {
  /// A copy of the repository's Content/ built two ways: into `cached/Output`, which keeps
  /// its cache from build to build, and into `fresh/Output`, made from nothing every time.
  struct Site {
    let folder: String
    var content: String { folder + "/Content" }
    var round: String { content + "/reports/2020/rounds/2020-12-16" }
    var cached: String { folder + "/cached" }
    var fresh: String { folder + "/fresh" }
    static let templates = repositoryRoot.appendingPathComponent("Templates").path
    /// Trusts the identity of files just written (the cache's settle time, negative), so
    /// that the files of this test are taken from the cache by their identity alone.
    static let trusting = ["REPORT_SITE_CACHE_SETTLE_SECONDS": "-1000000"]

    /// A build run in `folder` with the paths every build of this test spells alike.
    func build(in folder: String, environment: [String: String]) throws -> CommandResult {
      try ReportSiteBinary.run(
        [
          "build", "--content", "../Content", "--templates", Self.templates, "--output",
          "Output", "--verbose",
        ], in: folder, environment: environment)
    }

    /// Builds both ways and expects the same status, diagnostics and `Output/`; returns the
    /// cached build's verbose log.
    @discardableResult
    func expectSameAsWithoutCache(
      _ comment: Comment, environment: [String: String] = Site.trusting
    ) throws -> String {
      let cachedResult = try build(in: cached, environment: environment)
      try? FileManager.default.removeItem(atPath: fresh)
      try FileManager.default.createDirectory(atPath: fresh, withIntermediateDirectories: true)
      let freshResult = try build(in: fresh, environment: environment)
      #expect(cachedResult.status == freshResult.status, comment)
      #expect(
        Self.diagnostics(cachedResult.stderr) == Self.diagnostics(freshResult.stderr), comment)
      // A failed build leaves the output as it was (none, for the fresh one).
      guard freshResult.status == 0 else { return cachedResult.stderr }
      let cachedFiles = Self.site(cached + "/Output")
      let freshFiles = Self.site(fresh + "/Output")
      #expect(cachedFiles.keys.sorted() == freshFiles.keys.sorted(), comment)
      for (path, bytes) in freshFiles where cachedFiles[path] != bytes {
        Issue.record("\(path) differs with the cache: \(comment)")
      }
      return cachedResult.stderr
    }

    /// The site's files; of the marker, all but the quick fingerprint (of the files' times,
    /// kept from the build that wrote the site when a later one finds it up to date by its
    /// bytes); not the build record (the units a build kept).
    static func site(_ output: String) -> [String: Data] {
      var files = snapshot(output)
      files[".report-site-record"] = nil
      files[".report-site"] = files[".report-site"].map { marker in
        Data(
          String(decoding: marker, as: UTF8.self).split(separator: "\n")
            .filter { !$0.hasPrefix("quick: ") }.joined(separator: "\n").utf8)
      }
      return files
    }

    /// Standard error without the verbose log's lines (which begin with a time).
    static func diagnostics(_ stderr: String) -> [Substring] {
      stderr.split(separator: "\n", omittingEmptySubsequences: false).filter { line in
        !line.contains(" cpu  ") && !line.hasPrefix("rendering ")
      }
    }

    func edit(_ name: String, _ change: (String) -> String) throws {
      let path = round + "/" + name
      let text = try String(contentsOfFile: path, encoding: .utf8)
      let changed = change(text)
      #expect(changed != text)
      try changed.write(toFile: path, atomically: false, encoding: .utf8)
    }

    func run(_ tool: String, _ arguments: [String]) throws {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: tool)
      process.arguments = arguments
      try process.run()
      process.waitUntilExit()
      #expect(process.terminationStatus == 0, "\(tool) \(arguments)")
    }
  }

  func site() throws -> Site {
    let site = Site(folder: try temporaryFolder())
    try FileManager.default.copyItem(
      atPath: repositoryRoot.appendingPathComponent("Content").path, toPath: site.content)
    for folder in [site.cached, site.fresh] {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }
    return site
  }

  /// The files read and the parses taken from the cache, from the verbose log.
  static func counts(_ log: String) -> (read: Int, of: Int, reused: Int)? {
    guard
      let read = log.firstMatch(of: /: (\d+) of (\d+) files read/),
      let parsed = log.firstMatch(of: /took (\d+) from the cache/)
    else { return nil }
    return (Int(read.1)!, Int(read.2)!, Int(parsed.1)!)
  }

  @Test func aChainOfEditsBuildsAsWithoutACache() throws {
    let site = try site()
    var log = try site.expectSameAsWithoutCache("the first build")
    #expect(Self.counts(log)?.reused == 0)
    // Beside the output, never in it.
    #expect(FileManager.default.fileExists(atPath: site.cached + "/.Output.cache"))
    #expect(!FileManager.default.fileExists(atPath: site.cached + "/Output/.Output.cache"))
    // The build ends its process once the site and the cache are in place: the output's
    // lock file is emptied first, as at a return.
    let lock = try Data(contentsOf: URL(fileURLWithPath: site.cached + "/.Output.lock"))
    #expect(lock.isEmpty)

    try site.edit("17.md") { $0 + "\n新的一段。\n" }
    log = try site.expectSameAsWithoutCache("a narrative")
    let counts = try #require(Self.counts(log))
    // Only the edited file is read and parsed; site.yml, report.yml and round.yml are read
    // every time.
    #expect(counts.read < 6 && counts.reused == 77, "\(counts)")

    try site.edit("18.md") { $0.replacingOccurrences(of: "status: 已完成", with: "status: 未启动") }
    try site.expectSameAsWithoutCache("a status")

    try site.edit("19.md") {
      $0.replacingOccurrences(of: "units:\n  - ", with: "units:\n  - 区新单位\n  - ")
    }
    try site.expectSameAsWithoutCache("a unit")

    let added = try String(contentsOfFile: site.round + "/20.md", encoding: .utf8)
      .replacingOccurrences(of: "number: 20\n", with: "number: 99\n")
    try added.write(toFile: site.round + "/99.md", atomically: false, encoding: .utf8)
    try site.expectSameAsWithoutCache("a task added")

    try FileManager.default.removeItem(atPath: site.round + "/21.md")
    try site.expectSameAsWithoutCache("a task deleted")

    // A new round whose task 1 reads otherwise: a warning on a file that did not change.
    let newRound = site.content + "/reports/2020/rounds/2021-06-30"
    try FileManager.default.copyItem(atPath: site.round, toPath: newRound)
    let first = try String(contentsOfFile: newRound + "/1.md", encoding: .utf8)
    try first.replacingOccurrences(of: "task: ", with: "task: 新")
      .write(toFile: newRound + "/1.md", atomically: false, encoding: .utf8)
    log = try site.expectSameAsWithoutCache("a round added")
    #expect(log.contains("text differs from round"))

    // A file replaced by `cp -p` of another of the same size and modification time: only its
    // status-change time (and bytes) differ.
    let original = site.round + "/22.md"
    let text = try String(contentsOfFile: original, encoding: .utf8)
    let sameSize = text.replacingOccurrences(of: "。", with: "！")
    try #require(sameSize != text && sameSize.utf8.count == text.utf8.count)
    let replacement = site.folder + "/22.md"
    try sameSize.write(toFile: replacement, atomically: false, encoding: .utf8)
    try site.run("/usr/bin/touch", ["-r", original, replacement])
    try site.run("/bin/cp", ["-p", replacement, original])
    log = try site.expectSameAsWithoutCache("a file replaced with cp -p")
    #expect(Self.counts(log).map { $0.read < $0.of } == true)

    // With the cache's own settle time: a file edited just before a build is read again by
    // the next one (racily clean), and every edit is seen.
    try site.edit("23.md") { $0.replacingOccurrences(of: "。", with: "！") }
    try site.expectSameAsWithoutCache("an edit", environment: [:])
    try site.edit("24.md") { $0 + "\n又一段。\n" }
    log = try site.expectSameAsWithoutCache("an edit just after a build", environment: [:])
    #expect(Self.counts(log).map { $0.read >= 5 } == true, "\(log)")
  }

  @Test func aCacheThatHoldsAllButAFewFilesIsKeptAsItIs() throws {
    let site = try site()
    try site.expectSameAsWithoutCache("the first build")
    let cache = site.cached + "/.Output.cache"
    let written = try Data(contentsOf: URL(fileURLWithPath: cache))

    // Edits of a few files: the build reads them and leaves the cache as it was, which the
    // next builds use for every other file.
    try site.edit("17.md") { $0 + "\n新的一段。\n" }
    var log = try site.expectSameAsWithoutCache("a narrative")
    #expect(log.contains("cache: kept as it is"), "\(log)")
    try site.edit("18.md") { $0.replacingOccurrences(of: "status: 已完成", with: "status: 未启动") }
    log = try site.expectSameAsWithoutCache("a status, the cache not written since")
    #expect(Self.counts(log)?.reused == 76)
    #expect(try Data(contentsOf: URL(fileURLWithPath: cache)) == written)

    // More edited files than `BuildCache.rewriteAfter` (32): the cache is written again,
    // with them, and the next build reads only the file edited since.
    for number in 30..<70 {
      try site.edit("\(number).md") { $0 + "\n第\(number)段。\n" }
    }
    log = try site.expectSameAsWithoutCache("forty narratives")
    #expect(!log.contains("cache: kept as it is"), "\(log)")
    #expect(try Data(contentsOf: URL(fileURLWithPath: cache)) != written)
    try site.edit("19.md") { $0 + "\n一\n" }
    log = try site.expectSameAsWithoutCache("one more narrative")
    #expect(Self.counts(log)?.reused == 77)
  }

  @Test func aFileThatNoLongerParsesIsReportedAtItsLine() throws {
    let site = try site()
    try site.expectSameAsWithoutCache("the first build")
    try site.edit("17.md") { $0.replacingOccurrences(of: "number: 17\n", with: "number: x\n") }
    let log = try site.expectSameAsWithoutCache("a broken file")
    #expect(log.contains("Content/reports/2020/rounds/2020-12-16/17.md:2:9: error"), "\(log)")
    try site.edit("17.md") { $0.replacingOccurrences(of: "number: x\n", with: "number: 17\n") }
    try site.expectSameAsWithoutCache("the file mended")
  }

  @Test func aDamagedOrTruncatedCacheIsIgnored() throws {
    let site = try site()
    try site.expectSameAsWithoutCache("the first build")
    let cache = site.cached + "/.Output.cache"
    var bytes = try Data(contentsOf: URL(fileURLWithPath: cache))
    bytes[bytes.count / 2] ^= 0x20
    try bytes.write(to: URL(fileURLWithPath: cache))
    try site.edit("17.md") { $0 + "\n一\n" }
    var log = try site.expectSameAsWithoutCache("a damaged cache")
    #expect(log.contains("damaged or cut short"), "\(log)")
    #expect(Self.counts(log)?.reused == 0)

    let whole = try Data(contentsOf: URL(fileURLWithPath: cache))
    try whole.prefix(whole.count - 100).write(to: URL(fileURLWithPath: cache))
    try site.edit("17.md") { $0 + "\n二\n" }
    log = try site.expectSameAsWithoutCache("a truncated cache")
    #expect(log.contains("damaged or cut short"), "\(log)")

    try Data().write(to: URL(fileURLWithPath: cache))
    try site.edit("17.md") { $0 + "\n三\n" }
    log = try site.expectSameAsWithoutCache("an empty cache")
    #expect(log.contains("not a cache file"), "\(log)")
    // Each build wrote a good cache again.
    try site.edit("17.md") { $0 + "\n四\n" }
    log = try site.expectSameAsWithoutCache("a good cache again")
    #expect(Self.counts(log)?.reused == 77)
  }
}
