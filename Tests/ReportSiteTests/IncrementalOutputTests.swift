import Foundation
import SiteOutput
import Testing

@testable import ReportSite
@testable import SiteOutput

/// A rebuild rewrites only the files whose bytes change, keeps the others' inodes and
/// modification times, and still leaves the old site untouched when it fails.
@Suite struct IncrementalOutputTests {
  /// Inode and modification time of every file under `folder`.
  static func identities(_ folder: URL) throws -> [String: String] {
    var result: [String: String] = [:]
    let enumerator = try #require(FileManager.default.enumerator(atPath: folder.path))
    for case let path as String in enumerator {
      let attributes = try FileManager.default.attributesOfItem(
        atPath: folder.appendingPathComponent(path).path)
      guard attributes[.type] as? FileAttributeType == .typeRegular else { continue }
      let inode = attributes[.systemFileNumber] as? Int ?? -1
      let time = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? -1
      result[path] = "\(inode)@\(time)"
    }
    return result
  }

  @Test func rebuildWithNothingChangedKeepsEveryFile() throws {
    let folder = try TemporaryFolder()
    let report = try SiteFixture.report(baseURL: "https://example.gov.cn/report/")
    try SiteFixture.build(report, into: folder.output)
    let before = try Self.identities(folder.output)
    let rootInode =
      try FileManager.default.attributesOfItem(atPath: folder.output.path)[
        .systemFileNumber] as? Int
    Thread.sleep(forTimeInterval: 0.02)
    try SiteFixture.build(report, into: folder.output)
    #expect(before.count > 200)
    #expect(try Self.identities(folder.output) == before)
    // The folder itself was left alone, not swapped.
    #expect(
      try FileManager.default.attributesOfItem(atPath: folder.output.path)[.systemFileNumber]
        as? Int == rootInode)
    #expect(try SiteFixture.leftovers(in: folder.url).isEmpty)
  }

  @Test func oneChangedTaskRewritesOnlyChangedFilesAndRemovesStalePages() throws {
    let folder = try TemporaryFolder()
    try SiteFixture.build(try SiteFixture.report(), into: folder.output)
    let before = try Self.identities(folder.output)
    let oldBytes = try SiteFixture.tree(folder.output)
    let stale = folder.output.appendingPathComponent("2020/tasks/999.html")
    try Data("old".utf8).write(to: stale)
    let changed = try SiteFixture.report { round in
      round.tasks[0].status = round.tasks[0].status == "已完成" ? "推进中" : "已完成"
    }
    Thread.sleep(forTimeInterval: 0.02)
    try SiteFixture.build(changed, into: folder.output)
    let after = try Self.identities(folder.output)
    let newBytes = try SiteFixture.tree(folder.output)
    #expect(!FileManager.default.fileExists(atPath: stale.path))
    var rewritten = 0
    for (path, identity) in after {
      if oldBytes[path] == newBytes[path] {
        #expect(before[path] == identity, "\(path) has the same bytes but was rewritten")
      } else {
        rewritten += 1
        #expect(before[path] != identity)
      }
    }
    #expect(rewritten > 0)
    #expect(rewritten < after.count / 4)
    #expect(try SiteFixture.leftovers(in: folder.url).isEmpty)
    // A fresh build of the changed report gives the same bytes.
    let fresh = folder.url.appendingPathComponent("fresh")
    try SiteFixture.build(changed, into: fresh)
    #expect(try SiteFixture.tree(fresh) == newBytes)
  }

  @Test func failedBuildAfterAnIncrementalStartLeavesOutputUntouched() throws {
    let folder = try TemporaryFolder()
    try SiteFixture.build(try SiteFixture.report(), into: folder.output)
    let before = try SiteFixture.tree(folder.output)
    let identities = try Self.identities(folder.output)
    // The change makes some files differ (staged), then an error ends the build.
    let output = OutputDirectory(folder.output)
    try output.prepare()
    try output.write(Data("same? no".utf8), to: "2020/index.html")
    try output.write(
      try Data(contentsOf: folder.output.appendingPathComponent("404.html")), to: "404.html")
    // (The marker file is added at commit, with the build's fingerprint.)
    #expect(output.changedCount == 1)
    #expect(output.unchangedCount == 1)
    output.abandon()
    #expect(try SiteFixture.tree(folder.output) == before)
    #expect(try Self.identities(folder.output) == identities)
    #expect(try SiteFixture.leftovers(in: folder.url).isEmpty)

    // The same through the builder: a changed report and a template error, found after the
    // output was prepared.
    let templates = try SiteFixture.copyTemplates(into: folder)
    try SiteFixture.edit(templates, "task", replacing: "{{text}}", with: "{{txet}}")
    let changed = try SiteFixture.report { round in round.tasks.removeLast() }
    #expect(throws: SiteBuildError.self) {
      try SiteFixture.build(changed, into: folder.output, templates: templates)
    }
    #expect(try SiteFixture.tree(folder.output) == before)
    #expect(try Self.identities(folder.output) == identities)
    #expect(try SiteFixture.leftovers(in: folder.url).isEmpty)
  }
}
