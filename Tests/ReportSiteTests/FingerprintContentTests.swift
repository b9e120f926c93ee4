import Foundation
import ReportContent
import ReportModel
import SiteOutput
import Testing

@testable import ReportSite
@testable import SiteOutput

/// The fingerprint reads every content file once and hands the bytes to the reader.
struct FingerprintContentTests {
  @Test func keepsTheBytesOfEveryContentFileAndHashesAsBefore() throws {
    let folder = try TemporaryFolder()
    let layout = try SiteFixture.seedContent(in: folder)
    // A hidden file is not content: neither hashed nor kept.
    try Data("x".utf8).write(to: URL(fileURLWithPath: layout.root + "/.hidden"))
    let (fingerprint, quick, kept) = try BuildFingerprint.withContent(
      content: layout.root, templates: SiteFixture.templates, settings: [])
    let content = kept.byPath()
    #expect(
      fingerprint
        == (try BuildFingerprint.of(
          content: layout.root, templates: SiteFixture.templates, settings: [])))
    // The quick fingerprint read with the bytes is the one a pass of names, sizes and times
    // alone gives, and not the full one.
    #expect(
      quick
        == (try BuildFingerprint.quick(
          content: layout.root, templates: SiteFixture.templates, settings: [])))
    #expect(quick != fingerprint)
    let id = try #require(ContentReader(layout: layout).roundIDs().first)
    #expect(
      content[layout.siteFile] == Array(try Data(contentsOf: URL(fileURLWithPath: layout.siteFile)))
    )
    #expect(content[layout.roundFile(id)] != nil)
    #expect(content[layout.taskFile(id, number: 1)] != nil)
    #expect(content[layout.root + "/.hidden"] == nil)
    #expect(content.keys.allSatisfy { !$0.hasPrefix(SiteFixture.templates.path) })
  }

  @Test func theReaderParsesThePreloadedBytes() throws {
    let folder = try TemporaryFolder()
    let layout = try SiteFixture.seedContent(in: folder)
    var content = try BuildFingerprint.withContent(
      content: layout.root, templates: SiteFixture.templates, settings: []
    ).content.byPath()
    let plain = ContentReader(layout: layout).read()
    let preloaded = ContentReader(layout: layout, preloaded: content).read()
    #expect(plain.report != nil)
    #expect(plain.report == preloaded.report)
    #expect(plain.diagnostics.map(\.description) == preloaded.diagnostics.map(\.description))
    // The preloaded bytes win over the disk: they are what the fingerprint hashed.
    let id = try #require(ContentReader(layout: layout).roundIDs().first)
    let path = layout.taskFile(id, number: 1)
    let bytes = try #require(content[path])
    content[path] = bytes + Array("\npreloaded\n".utf8)
    let edited = try #require(ContentReader(layout: layout, preloaded: content).read().report)
    let task = try #require(edited.rounds[0].tasks.first { $0.number == 1 })
    #expect(task.narrative.hasSuffix("preloaded"))
  }

  @Test func aReadOfAFileListedWithAnotherSizeGetsAllOfItsBytes() throws {
    let folder = try TemporaryFolder()
    let bytes = (0..<5000).map { UInt8(truncatingIfNeeded: $0 * 7) }
    try Data(bytes).write(to: folder.url.appendingPathComponent("file"))
    try Data().write(to: folder.url.appendingPathComponent("empty"))
    let tree = try #require(
      try FileSystemCalls.tree(of: folder.url.path, skippingHidden: true, followingLinks: true))
    let file = try #require(tree.files.firstIndex { $0.path == "file" })
    let empty = try #require(tree.files.firstIndex { $0.path == "empty" })
    for hint in [0, 1, 4999, 5000, 5001, 100_000] {
      #expect(tree.readFile(file, sizeHint: hint) == bytes)
      #expect(tree.readFile(empty, sizeHint: hint) == [])
    }
  }
}
