import Foundation
import ReportModel
import Testing

@testable import ReportSite

/// A build of a ``BuildSession`` keeps, without reading them, the search index's files and the
/// open data whose inputs it finds equal to those its last build kept, but only when the old
/// site is the one that build put in place (see ``KeptFiles`` and
/// ``OpenDataFiles/Reuse``): after any other build of the folder, every file is compared
/// with the old site's again.
@Suite struct SessionKeptFilesTests {
  /// The seed's report with `extra` added to the narrative of its task at `position`, its
  /// lists and full text in pages of 20 tasks (the full text a page per section).
  func report(adding extra: [Int: String]) throws -> Report {
    var report = try SiteFixture.report { round in
      for (position, text) in extra { round.tasks[position].narrative += text }
    }
    report.config.pageSize = 20
    return report
  }

  /// Writes `replacement` over the first bytes of the file `path` in `folder`, in place: the
  /// size, the inode and the folder's times stay as they were.
  func overwrite(_ folder: URL, _ path: String, with replacement: String) throws {
    let handle = try FileHandle(forUpdating: folder.appendingPathComponent(path))
    try handle.write(contentsOf: Data(replacement.utf8))
    try handle.close()
  }

  /// The paths of `tree` whose bytes differ from `expected`'s.
  func differing(_ tree: [String: Data], _ expected: [String: Data]) -> [String] {
    Set(tree.keys).union(expected.keys).filter { tree[$0] != expected[$0] }.sorted()
  }

  @Test func filesTheSessionKnowsAreKeptUnreadOnlyInItsOwnSite() throws {
    let folder = try TemporaryFolder()
    let templates = try SiteFixture.copyTemplates(into: folder)
    let session = BuildSession()
    let output = folder.output
    try SiteFixture.build(try report(adding: [:]), into: output, session: session)
    // An edit of the last task's narrative changes the search index's last text file, the
    // last section's full text and the open data; the first text file, the first section's
    // full text and `meta` keep their inputs.
    let edited = try report(adding: [77: "（补充一）"])
    let firstText = "2020/tasks/search/t0.js"
    let firstSection = "2020/full/1.html"
    try overwrite(output, firstText, with: "/* by hand */")
    try overwrite(output, firstSection, with: "<!-- by hand -->")
    try SiteFixture.build(edited, into: output, session: session)
    let fresh = folder.url.appendingPathComponent("Fresh")
    try SiteFixture.build(edited, into: fresh)
    // The site is the session's own: the file it knows is kept as it is, unread (a hand edit
    // inside serve's private folder that keeps a file's size is not seen, as by the record).
    var built = try SiteFixture.tree(output)
    var expected = try SiteFixture.tree(fresh)
    #expect(differing(built, expected) == [firstSection, firstText])
    #expect(session.lastSearchTextsReused > 0)

    // Another build, without the session, puts another folder in place: the session's next
    // build compares every file it writes with it, and mends the hand edits.
    try SiteFixture.build(edited, into: output)
    try overwrite(output, firstText, with: "/* by hand */")
    try overwrite(output, firstSection, with: "<!-- by hand -->")
    try overwrite(output, "data.json", with: "[\"by hand\"]")
    try overwrite(output, "2020/tasks.csv", with: "by hand")
    let again = try report(adding: [77: "（补充一）", 76: "（补充二）"])
    try SiteFixture.build(again, into: output, session: session)
    try FileManager.default.removeItem(at: fresh)
    try SiteFixture.build(again, into: fresh)
    built = try SiteFixture.tree(output)
    expected = try SiteFixture.tree(fresh)
    #expect(differing(built, expected).isEmpty)

    // Its own site again: a template edit makes every page and the open data again, whose
    // bytes stay as they are: they are kept unread (the search index is compared: its
    // template may have changed).
    try SiteFixture.build(again, into: output, templates: templates, session: session)
    try SiteFixture.edit(
      templates, "task", replacing: "{{>breadcrumbs}}", with: "<!-- 任务 -->{{>breadcrumbs}}")
    try overwrite(output, "data.json", with: "[\"by hand\"]")
    try overwrite(output, firstText, with: "/* by hand */")
    try SiteFixture.build(again, into: output, templates: templates, session: session)
    try FileManager.default.removeItem(at: fresh)
    try SiteFixture.build(again, into: fresh, templates: templates)
    built = try SiteFixture.tree(output)
    expected = try SiteFixture.tree(fresh)
    #expect(differing(built, expected) == ["data.json"])
  }

  @Test func chainOfSessionEditsIsAFreshBuild() throws {
    let folder = try TemporaryFolder()
    let session = BuildSession()
    let output = folder.output
    var report = try report(adding: [:])
    try SiteFixture.build(report, into: output, session: session)
    // A build with nothing changed keeps every file, and uses nothing the session keeps: what
    // the session keeps stays for the next build.
    try SiteFixture.build(report, into: output, session: session)
    #expect(session.lastCounts.made == 0)
    // Narratives in several text files, a task deleted (the later tasks move up a place), a
    // narrative after it, a narrative emptied, the task put back.
    let removed = report.rounds[0].tasks[10]
    let steps: [(inout Report) -> Void] = [
      { $0.rounds[0].tasks[3].narrative += "（一）" },
      { $0.rounds[0].tasks[45].narrative += "（二）" },
      { $0.rounds[0].tasks.remove(at: 10) },
      { $0.rounds[0].tasks[70].narrative += "（三）" },
      { $0.rounds[0].tasks[20].narrative = "" },
      { $0.rounds[0].tasks.insert(removed, at: 10) },
    ]
    for (step, edit) in steps.enumerated() {
      edit(&report)
      try SiteFixture.build(report, into: output, session: session)
      let fresh = folder.url.appendingPathComponent("Fresh-\(step)")
      try SiteFixture.build(report, into: fresh)
      let differs = differing(try SiteFixture.tree(output), try SiteFixture.tree(fresh))
      #expect(differs.isEmpty, "step \(step): \(differs.prefix(10))")
      // The open data's rows before the first edited one, at least, are copied from the
      // files the session wrote.
      #expect(session.lastOpenDataCopied > 0, "step \(step)")
      // With as many tasks as the build before, the search index's bigram file is written
      // from the kept places of its bigrams, moved for the edited narrative.
      if step != 2 && step != 5 {
        #expect(session.lastSearchShardsFromPlaces > 0, "step \(step)")
      }
      if step == 0 {
        #expect(session.lastCounts.reused > session.lastCounts.made)
        // The search index's other narratives, from its kept files (one bigram file here).
        #expect(session.lastSearchTextsReused >= 70)
      }
    }
  }

  /// The open data's unchanged bytes are copied only from a file of the size the session
  /// wrote: one replaced by another of another size is written whole.
  @Test func openDataIsCopiedOnlyFromTheFileTheSessionWrote() throws {
    let folder = try TemporaryFolder()
    let session = BuildSession()
    let output = folder.output
    try SiteFixture.build(try report(adding: [:]), into: output, session: session)
    let data = output.appendingPathComponent("2020/data.json")
    let original = try Data(contentsOf: data)
    try FileManager.default.removeItem(at: data)
    try (original.prefix(original.count / 2) + Data("by hand".utf8)).write(to: data)
    let edited = try report(adding: [5: "（补充）"])
    try SiteFixture.build(edited, into: output, session: session)
    // The other three files (tasks.csv and the root's copies) are copied from.
    #expect(session.lastOpenDataCopied > original.count)
    let fresh = folder.url.appendingPathComponent("Fresh")
    try SiteFixture.build(edited, into: fresh)
    #expect(differing(try SiteFixture.tree(output), try SiteFixture.tree(fresh)).isEmpty)
  }
}
