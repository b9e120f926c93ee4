import Foundation
import Testing

@testable import ReportModel
@testable import ReportSite

/// A rebuild without a session keeps the old site's search files that an edit does not change
/// (see ``OldSearchFiles``) and still writes what a full build writes: after an edit in the
/// latest round and in an earlier one, after edits that move a task's bigrams to other shards,
/// and after one that changes the count of bigram files.
@Suite struct OldSearchFilesTests {
  /// The two-round report with long narratives of a few hundred distinct characters, so that
  /// each round's index has several bigram files.
  static func report() throws -> Report {
    var random = IncrementalBuildTests.SeededGenerator(state: 7)
    var report = try IncrementalBuildTests.twoRounds()
    for round in report.rounds.indices {
      for task in report.rounds[round].tasks.indices {
        let scalars = (0..<900).map { _ in
          Character(Unicode.Scalar(0x4E00 + UInt32.random(in: 0..<300, using: &random))!)
        }
        report.rounds[round].tasks[task].narrative = String(scalars)
      }
    }
    return report
  }

  /// The inode of each file of `folder`'s search indexes, by path.
  static func searchFiles(_ folder: URL) throws -> [String: UInt64] {
    var files: [String: UInt64] = [:]
    for (path, _) in try SiteFixture.tree(folder) where path.contains("/search/") {
      let attributes = try FileManager.default.attributesOfItem(
        atPath: folder.appendingPathComponent(path).path)
      files[path] = (attributes[.systemFileNumber] as? NSNumber)?.uint64Value
    }
    return files
  }

  @Test func editsKeepTheUnchangedSearchFilesAndWriteWhatAFullBuildWrites() throws {
    let folder = try TemporaryFolder()
    var report = try Self.report()
    let incremental = folder.url.appendingPathComponent("Incremental")
    try SiteFixture.build(report, into: incremental)
    let bigramFiles = try Self.searchFiles(incremental).keys.filter { $0.contains("/b") }
    #expect(bigramFiles.count >= 4, "\(bigramFiles.sorted())")
    let latest = report.rounds.count - 1
    // Each edit, and how many files at least are kept unread.
    let edits: [(name: String, keptUnread: Int, edit: (inout Report) -> Void)] = [
      ("a line appended", 6, { $0.rounds[latest].tasks[3].narrative += "\n\n补充说明。" }),
      ("an earlier round", 6, { $0.rounds[0].tasks[5].narrative += "（更正）" }),
      // Every bigram of the task moves: its places differ in every file; `meta` and the
      // other text files are kept.
      ("text moved", 2, { $0.rounds[latest].tasks[0].narrative.removeFirst(40) }),
      (
        "two tasks", 4,
        {
          $0.rounds[latest].tasks[1].narrative.removeLast(8)
          $0.rounds[latest].tasks[7].narrative += "第七项的补充"
        }
      ),
      (
        "more bigram files", 0,
        {
          $0.rounds[latest].tasks[2].narrative += String(
            repeating: $0.rounds[latest].tasks[4].narrative, count: 30)
        }
      ),
      ("nothing", 0, { _ in }),
    ]
    for (step, (name, keptUnread, edit)) in edits.enumerated() {
      let before = try Self.searchFiles(incremental)
      edit(&report)
      let summary = try SiteFixture.build(report, into: incremental)
      let after = try Self.searchFiles(incremental)
      let kept = after.filter { before[$0.key] == $0.value }.count
      let differing = try SiteFixture.differencesFromAFullBuild(
        of: report, in: incremental, fresh: folder.url.appendingPathComponent("Fresh-\(step)"))
      #expect(differing.isEmpty, "\(name): \(differing.prefix(10))")
      // Most files of both rounds' indexes are kept as they were; some of the edited index's
      // unread (none when the count of bigram files changes, or nothing does: the index is
      // kept whole).
      #expect(kept > after.count / 2, "\(name): \(kept) of \(after.count) kept")
      #expect(summary.filesKeptUnread >= keptUnread, "\(name)")
      if keptUnread == 0 { #expect(summary.filesKeptUnread == 0, "\(name)") }
    }
  }

  /// A text file is read back only when it holds exactly what the build writes of its texts.
  @Test func textFileReadBackOnlyWhenWrittenSo() throws {
    let folder = try TemporaryFolder()
    let templates = try TemplateLibrary(
      source: FolderTemplateSource(folder: SiteFixture.templates),
      required: SiteBuilder.requiredTemplates)
    let wrapping = try OldSearchFiles.wrapping(templates: templates)
    let (prefix, suffix) = try #require(wrapping("t0"))
    let texts = ["第一条\"引号\"", "第二条\n换行", "\u{2028}"]
    var json = PrettyJSON(capacity: 256, compact: true)
    json.strings(texts)
    let search = folder.url.appendingPathComponent("2020/tasks/search")
    try FileManager.default.createDirectory(at: search, withIntermediateDirectories: true)
    let file = search.appendingPathComponent("t0.js")
    let bytes = prefix + json.bytes + suffix
    try Data(bytes).write(to: file)
    let old = { (size: Int) in
      OldSearchFiles(
        site: folder.url.path, key: "2020/tasks/search/", sizes: ["t0": size], changed: [0],
        wrapping: wrapping)
    }
    #expect(old(bytes.count).plains(textShard: 0) == texts)
    // Another size than the record's, or JSON written otherwise (spaced): not read.
    #expect(old(bytes.count + 1).plains(textShard: 0) == nil)
    let spaced = prefix + Array("[\"第一条\\\"引号\\\"\", \"第二条\\n换行\", \"\u{2028}\"]".utf8) + suffix
    try Data(spaced).write(to: file)
    #expect(old(spaced.count).plains(textShard: 0) == nil)
  }
}
