import Foundation
import Testing

@testable import ReportModel
@testable import ReportSite

/// A rebuild without a session copies the open data's unchanged rows from the old site's
/// `data.json` and `tasks.csv` (see ``OldOpenDataRows``) and still writes what a full build
/// writes, whatever the narratives hold.
@Suite struct OldOpenDataRowsTests {
  /// Narratives that look like the files' own layout: quotes, commas, line ends (CRLF too),
  /// braces and a line of the JSON's indentation.
  static let awkward = [
    "他说：\"已完成\",\n    {\"tasks\" : [",
    "第一行\r\n第二行,\"引号\"\"两个\"",
    "  ]\n}\n,\n    {",
    "=1+1",
  ]

  static func report() throws -> Report {
    var report = try SiteFixture.report(baseURL: "https://example.gov.cn/r/") { round in
      for (offset, narrative) in Self.awkward.enumerated() {
        round.tasks[offset * 3].narrative = narrative
      }
    }
    report.config.pageSize = 5
    report.rounds.append(
      IncrementalBuildTests.nextRound(after: report.rounds[0], id: "2021-03-31", advancing: 3))
    return report
  }

  @Test func narrativeEditCopiesTheOtherRowsAndWritesWhatAFullBuildWrites() throws {
    let folder = try TemporaryFolder()
    var report = try Self.report()
    let incremental = folder.url.appendingPathComponent("Incremental")
    let first = try SiteFixture.build(report, into: incremental)
    #expect(first.openDataRowsCopied == 0)
    let latest = report.rounds.count - 1
    let count = report.rounds[latest].tasks.count
    for (step, task) in [1, 6, 0].enumerated() {
      report.rounds[latest].tasks[task].narrative += "\n\n补充\"说明\"，\(step)。"
      let summary = try SiteFixture.build(report, into: incremental)
      // Four files (the report's and the root's data.json and tasks.csv), one row made in each.
      #expect(summary.openDataRowsCopied == 4 * (count - 1), "step \(step)")
      let differing = try SiteFixture.differencesFromAFullBuild(
        of: report, in: incremental, fresh: folder.url.appendingPathComponent("Fresh-\(step)"))
      #expect(differing.isEmpty, "step \(step): \(differing.prefix(10))")
    }
    // A status changes the structure: every row is made again.
    report.rounds[latest].tasks[2].status = "进度滞后"
    #expect(try SiteFixture.build(report, into: incremental).openDataRowsCopied == 0)
  }

  @Test func aFileLargerThanTheLimitIsNotRead() throws {
    let folder = try TemporaryFolder()
    let head = Array("\u{FEFF}序号\r\n".utf8)
    let file = head + Array("1\r\n2\r\n".utf8)
    try Data(file).write(to: folder.url.appendingPathComponent("tasks.csv"))
    let old = OldOpenDataRows(site: folder.url.path, unchanged: [true, false])
    let read = { (largest: Int) in
      old.rows(
        of: "tasks.csv", json: false, head: head, first: [], separator: [], largest: largest)
    }
    #expect(read(file.count)?.rows.count == 2)
    #expect(read(file.count - 1) == nil)
  }

  @Test func jsonRowsAreFoundByTheirIndentation() {
    let head = Array("{\n  \"changes\" : [\n\n  ],\n  \"tasks\" : [".utf8)
    let rows = [
      "{\n      \"a\" : [\n\n      ],\n      \"n\" : \",\\n    {\"\n    }",
      "{\n      \"n\" : 2\n    }",
    ]
    let file = head + Array(("\n    " + rows.joined(separator: ",\n    ") + "\n  ]\n}").utf8)
    let found = file.withUnsafeBufferPointer {
      OldOpenDataRows.jsonRows(
        $0, head: head, first: Array("\n    ".utf8), separator: Array(",\n    ".utf8), count: 2)
    }
    #expect(found?.map { String(decoding: file[$0], as: UTF8.self) } == rows)
    let wrongCount = file.withUnsafeBufferPointer {
      OldOpenDataRows.jsonRows(
        $0, head: head, first: Array("\n    ".utf8), separator: Array(",\n    ".utf8), count: 3)
    }
    #expect(wrongCount == nil)
  }

  @Test func csvRowsEndAtLineEndsOutsideQuotes() {
    let head = Array("\u{FEFF}序号,落实情况\r\n".utf8)
    let rows = ["1,\"一行\r\n两行,\"\"引号\"\"\"\r\n", "2,好\r\n"]
    let file = head + Array(rows.joined().utf8)
    let found = file.withUnsafeBufferPointer {
      OldOpenDataRows.csvRows($0, head: head, count: 2)
    }
    #expect(found?.map { String(decoding: file[$0], as: UTF8.self) } == rows)
    // Another header, or bytes after the last row: not split.
    let otherHead = Array("\u{FEFF}序号,进度\r\n".utf8)
    #expect(
      file.withUnsafeBufferPointer { OldOpenDataRows.csvRows($0, head: otherHead, count: 2) } == nil
    )
    let cut = Array(file.dropLast())
    #expect(
      cut.withUnsafeBufferPointer { OldOpenDataRows.csvRows($0, head: head, count: 2) } == nil)
  }
}
