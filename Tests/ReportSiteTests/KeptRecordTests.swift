import Foundation
import ReportModel
import Testing

@testable import ReportSite

/// A session keeps the record its last build put in place (see ``KeptRecord``), and uses it
/// only while the output folder and its record file are the ones that build left.
@Suite struct KeptRecordTests {
  @Test func sessionUsesItsRecordOnlyForTheFolderItLeft() throws {
    let folder = try TemporaryFolder()
    let report = try IncrementalBuildTests.twoRounds()
    let session = BuildSession()
    try SiteFixture.build(report, into: folder.output, session: session)
    // Kept and still right: the next build takes it, and keeps every unchanged file.
    #expect(session.takeRecord(of: folder.output) != nil)
    #expect(session.takeRecord(of: folder.output) == nil, "given once")
    try SiteFixture.build(report, into: folder.output, session: session)
    let other = folder.url.appendingPathComponent("Other")
    #expect(session.takeRecord(of: other) == nil, "another folder")

    // A page at the top of the folder replaced by hand: the folder changed, so the record
    // is read and checked against the files as without a session, and the page made again.
    try SiteFixture.build(report, into: folder.output, session: session)
    let page = folder.output.appendingPathComponent("index.html")
    let original = try Data(contentsOf: page)
    try FileManager.default.removeItem(at: page)
    try Data("edited by hand".utf8).write(to: page)
    let summary = try SiteFixture.build(report, into: folder.output, session: session)
    #expect(summary.filesKept == 0)
    #expect(try Data(contentsOf: page) == original)
    // The record file rewritten by hand (same folder otherwise): not the kept one.
    let record = folder.output.appendingPathComponent(".report-site-record")
    let bytes = try Data(contentsOf: record)
    try FileManager.default.removeItem(at: record)
    try bytes.write(to: record)
    #expect(session.takeRecord(of: folder.output) == nil)
  }

  /// After a failed build, the next one builds what a build from nothing builds.
  @Test func buildAfterAFailedOneIsAFreshBuild() throws {
    let folder = try TemporaryFolder()
    let templates = try SiteFixture.copyTemplates(into: folder)
    var report = try IncrementalBuildTests.twoRounds()
    let session = BuildSession()
    try SiteFixture.build(report, into: folder.output, templates: templates, session: session)
    let task = templates.appendingPathComponent("task.mustache")
    let original = try Data(contentsOf: task)
    try SiteFixture.edit(templates, "task", replacing: "{{>breadcrumbs}}", with: "{{#broken}}")
    #expect(throws: (any Error).self) {
      try SiteFixture.build(report, into: folder.output, templates: templates, session: session)
    }
    try original.write(to: task)
    let latest = report.rounds.count - 1
    report.rounds[latest].tasks[0].narrative += "\n\n失败之后。"
    try SiteFixture.build(report, into: folder.output, templates: templates, session: session)
    let fresh = folder.url.appendingPathComponent("Fresh")
    try SiteFixture.build(report, into: fresh, templates: templates)
    let (built, expected) = (try SiteFixture.tree(folder.output), try SiteFixture.tree(fresh))
    let differing = Set(built.keys).union(expected.keys).filter { built[$0] != expected[$0] }
    #expect(differing.isEmpty, "\(differing.sorted().prefix(10))")
  }
}
