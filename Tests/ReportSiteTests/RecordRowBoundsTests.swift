import Foundation
import SiteOutput
import Testing

@testable import ReportModel
@testable import ReportSite

/// The build record keeps where the open data's rows begin and end (see
/// ``BuildRecord/Unit/rowBounds``), so that a rebuild copies the unchanged rows from the old
/// files without reading them whole; a record of the version before is not read at all.
@Suite struct RecordRowBoundsTests {
  @Test func rowBoundsReadBackAsWritten() throws {
    let units = [
      BuildRecord.Unit(
        key: "2020/:data", digest: 0xABC,
        files: [("2020/data.json", 120), ("2020/tasks.csv", 40)],
        rowBounds: ["2020/data.json": [17, 30, 30, 119], "2020/tasks.csv": [9, 25, 40]]),
      BuildRecord.Unit(key: "", digest: 0, files: [("assets/site.css", 7)]),
    ]
    let read = try #require(BuildRecord(decoding: BuildRecord.encoded(units)))
    #expect(read.units.count == 2)
    #expect(read.unit("2020/:data")?.rowBounds == units[0].rowBounds)
    #expect(read.unit("2020/:data")?.files.map(\.size) == [120, 40])
    #expect(read.units[1].rowBounds.isEmpty)
    // Each number of a `b` line is the distance from the one before.
    let text = String(decoding: BuildRecord.text(units), as: UTF8.self)
    #expect(text.contains("f 120 2020/data.json\nb 17 13 0 89\n"))
    // A `b` line before any file, or with something else than numbers, is not a record.
    let header = "report-site build record 2\n"
    #expect(BuildRecord(decoding: Data((header + "u 0000000000000001 k\nb 1 2\n").utf8)) == nil)
    #expect(
      BuildRecord(decoding: Data((header + "u 0000000000000001 k\nf 3 a\nb 1 x\n").utf8)) == nil)
  }

  @Test func recordOfThePreviousVersionMakesEverythingAgain() throws {
    let folder = try TemporaryFolder()
    var report = try IncrementalBuildTests.twoRounds()
    let output = folder.url.appendingPathComponent("Output")
    try SiteFixture.build(report, into: output)
    // The record as the version before wrote it: the same lines but the row bounds.
    let path = output.appendingPathComponent(BuildRecord.fileName)
    let lines = try String(contentsOf: path, encoding: .utf8).split(separator: "\n")
    #expect(lines.first == "report-site build record 2")
    #expect(lines.contains { $0.hasPrefix("b ") })
    let old = ["report-site build record 1"] + lines.dropFirst().filter { !$0.hasPrefix("b ") }
    try Data((old.joined(separator: "\n") + "\n").utf8).write(to: path)
    #expect(BuildRecord.read(from: output) == nil)
    let latest = report.rounds.count - 1
    report.rounds[latest].tasks[1].narrative += "（补充）"
    let summary = try SiteFixture.build(report, into: output)
    #expect(summary.filesKept == 0)
    #expect(summary.openDataRowsCopied == 0)
    let fresh = folder.url.appendingPathComponent("Fresh")
    try SiteFixture.build(report, into: fresh)
    #expect(try SiteFixture.tree(output) == SiteFixture.tree(fresh))
    // The record is of this version again: the next edit copies rows.
    report.rounds[latest].tasks[2].narrative += "（补充）"
    #expect(try SiteFixture.build(report, into: output).openDataRowsCopied > 0)
  }

  /// With the record's bounds, the old file is not split: its rows are where the record says,
  /// even in a file the reader could not split; bounds that do not fit the file are not used.
  @Test func rowsComeFromTheRecordWithoutSplittingTheFile() throws {
    let folder = try TemporaryFolder()
    let file = Array("no rows to find here: ab,cd,ef;".utf8)
    try Data(file).write(to: folder.url.appendingPathComponent("data.json"))
    var old = OldOpenDataRows(site: folder.url.path, unchanged: [true, false, true])
    let rows = {
      old.rows(
        of: "data.json", json: true, head: Array("{\n  \"tasks\" : [".utf8),
        first: Array("\n    ".utf8), separator: Array(",".utf8))
    }
    #expect(rows() == nil)
    old.sizes["data.json"] = file.count
    old.rowBounds["data.json"] = [22, 24, 27, 30]
    let found = try #require(rows())
    #expect(found.rows == [22..<24, 25..<27, 28..<30])
    #expect(
      found.rows.map { found.bytes.bytes($0).map { String(decoding: $0, as: UTF8.self) } }
        == ["ab", "cd", "ef"])
    old.rowBounds["data.json"] = [22, 24, 27, 40]
    #expect(rows() == nil)
  }
}
