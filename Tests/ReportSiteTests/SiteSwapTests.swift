import Foundation
import Testing

@testable import ReportSite
@testable import SiteOutput

/// The output folder's swap, both ways: the atomic exchange and the two-rename fallback used
/// where the system cannot exchange two folders.
@Suite struct SiteSwapTests {
  func commit(_ pages: [String: String], into url: URL, atomically: Bool) throws {
    let output = OutputDirectory(url)
    output.exchangesAtomically = atomically
    try output.prepare()
    for (path, text) in pages.sorted(by: { $0.key < $1.key }) {
      try output.write(Data(text.utf8), to: path)
    }
    try output.commit()
  }

  func inode(_ url: URL) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
    return (attributes[.systemFileNumber] as? NSNumber)?.intValue ?? -1
  }

  @Test(arguments: [true, false])
  func replacesTheSiteAndLinksUnchangedFiles(atomically: Bool) throws {
    let folder = try TemporaryFolder()
    try commit(
      ["index.html": "one", "tasks/1.html": "a", "tasks/2.html": "b"], into: folder.output,
      atomically: atomically)
    let unchanged = try inode(folder.output.appendingPathComponent("tasks/1.html"))
    try commit(
      ["index.html": "two", "tasks/1.html": "a"], into: folder.output, atomically: atomically)
    let tree = try SiteFixture.tree(folder.output)
    #expect(Set(tree.keys) == [".report-site", "index.html", "tasks/1.html"])
    #expect(tree["index.html"] == Data("two".utf8))
    #expect(try inode(folder.output.appendingPathComponent("tasks/1.html")) == unchanged)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == ["Output"])
  }

  @Test func theStagingFolderIsMarkedFromItsFirstFile() throws {
    let folder = try TemporaryFolder()
    let output = OutputDirectory(folder.output)
    try output.prepare()
    try output.write(Data("page".utf8), to: "tasks/1.html")
    let marker = output.staging.appendingPathComponent(OutputDirectory.markerName)
    #expect(try String(contentsOf: marker, encoding: .utf8) == OutputDirectory.markerText)
    output.abandon()
    #expect(try SiteFixture.leftovers(in: folder.url).isEmpty)
  }
}
