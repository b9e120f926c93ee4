import Foundation
import Testing

@testable import SiteOutput

/// The catch-up of a back tree (see `OutputDirectory+BackTree.swift`) unlinks the files the
/// live site wrote since; a big one that is the back tree's own is held open meanwhile, so
/// that its blocks are freed after the build, on another thread, not while it waits.
@Suite struct BackTreeHeldFilesTests {
  /// A site of a big file of `fill` bytes, a page and a record, written into `output`.
  private func site(_ fill: UInt8, into output: URL) throws -> OutputDirectory {
    let directory = OutputDirectory(output)
    try directory.prepare()
    try directory.write(Data(repeating: fill, count: 2 << 20), to: "data.json")
    try directory.write(Data("page \(fill)".utf8), to: "index.html")
    try directory.write(Data("record \(fill)".utf8), to: BuildRecord.fileName)
    return directory
  }

  @Test func bigFileOfTheBackTreeIsHeldOpenUntilTheSiteIsInPlace() throws {
    let folder = try TemporaryFolder()
    let output = folder.output
    try site(1, into: output).commit()
    // The first site becomes the back tree, its big file its own (the second site wrote
    // another).
    try site(2, into: output).commit()
    let third = try site(3, into: output)
    #expect(third.reusingBack)
    #expect(third.heldOpen.count == 1)
    try third.commit()
    #expect(third.heldOpen.isEmpty)
    let data = try Data(contentsOf: output.appendingPathComponent("data.json"))
    #expect(data == Data(repeating: 3, count: 2 << 20))
    // The next build catches up from the second site's files: the big file is again one of
    // the back tree's own, held open, and a failed build lets it go too.
    let fourth = try site(4, into: output)
    #expect(fourth.heldOpen.count == 1)
    fourth.abandon()
    #expect(fourth.heldOpen.isEmpty)
    #expect(try Data(contentsOf: output.appendingPathComponent("data.json")) == data)
  }
}
