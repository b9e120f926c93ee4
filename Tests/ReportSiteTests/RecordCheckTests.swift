import Foundation
import SiteOutput
import Testing

@testable import ReportSite

/// The record check that `build` starts on another thread gives the output's record only while
/// the folder holds exactly the files it lists, each of its size, as the check made in line.
@Suite struct RecordCheckTests {
  @Test func givesTheRecordOnlyWhileTheFolderMatchesIt() throws {
    let folder = try TemporaryFolder()
    let report = try SiteFixture.report()
    try SiteFixture.build(report, into: folder.output)
    let record = try #require(RecordCheck(output: folder.output).record())
    #expect(record.fileCount > 200)
    #expect(record.fileCount == BuildRecord.trusted(in: folder.output)?.fileCount)
    // A page grown by hand, then a page removed: the record is not trusted.
    let page = folder.output.appendingPathComponent("index.html")
    let bytes = try Data(contentsOf: page)
    try (bytes + Data("<!-- edited -->".utf8)).write(to: page)
    #expect(RecordCheck(output: folder.output).record() == nil)
    try bytes.write(to: page)
    #expect(RecordCheck(output: folder.output).record() != nil)
    try FileManager.default.removeItem(at: page)
    #expect(RecordCheck(output: folder.output).record() == nil)
    // No output at all: no record.
    #expect(RecordCheck(output: folder.output.appendingPathComponent("missing")).record() == nil)
  }
}
