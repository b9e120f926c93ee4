import Foundation
import ReportModel
import Testing

@testable import ReportSite

@Suite struct OpenDataTests {
  @Test func dataJSONAgreesWithTheRound() throws {
    let folder = try TemporaryFolder()
    let report = try SiteFixture.report()
    try SiteFixture.build(report, into: folder.output)
    let round = try #require(report.latest)
    let data = try Data(contentsOf: folder.output.appendingPathComponent("2020/data.json"))
    let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(json["title"] as? String == report.config.title)

    let rounds = try #require(json["rounds"] as? [[String: Any]])
    #expect(rounds.count == 1)
    #expect(rounds[0]["id"] as? String == "2020-12-16")
    #expect(rounds[0]["date"] as? String == "2020-12-16")
    let metadata = try #require(rounds[0]["metadata"] as? [[String: String]])
    #expect(metadata.map { $0["key"] ?? "" } == round.metadata.map(\.key))
    #expect(metadata.map { $0["value"] ?? "" } == round.metadata.map(\.value))

    let sections = try #require(json["sections"] as? [[String: Any]])
    #expect(sections.map { $0["number"] as? Int } == round.sections.map(\.number))
    #expect(sections.map { $0["title"] as? String } == round.sections.map(\.title))
    #expect(
      sections.map { ($0["subsections"] as? [[String: Any]])?.count }
        == round.sections.map(\.subsections.count))

    let tasks = try #require(json["tasks"] as? [[String: Any]])
    #expect(tasks.count == round.tasks.count)
    for (entry, task) in zip(tasks, round.tasks) {
      #expect(entry["number"] as? Int == task.number)
      #expect(entry["section"] as? Int == task.section)
      if let subsection = task.subsection {
        #expect(entry["subsection"] as? Int == subsection)
      } else {
        #expect(entry["subsection"] is NSNull, "task \(task.number)")
      }
      #expect(entry["text"] as? String == task.text)
      #expect(entry["unitsAsWritten"] as? [String] == task.units)
      #expect(
        entry["units"] as? [String] == task.units.map(SiteFixture.units.canonicalName(for:)))
      let status = try #require(entry["status"] as? [String: String])
      #expect(status["label"] == task.status)
      #expect(
        status["category"] == report.config.statuses.definition(for: task.status)?.category.rawValue
      )
      #expect(entry["narrative"] as? String == task.narrative)
      #expect(entry["url"] as? String == "tasks/\(task.number).html")
    }

    let units = try #require(json["units"] as? [[String: Any]])
    let merged = try #require(units.first { $0["name"] as? String == "区人力资源和社会保障局" })
    #expect(merged["aliases"] as? [String] == ["区人社局"])
    #expect(merged["url"] as? String == "../units/qu-ren-li-zi-yuan-he-she-hui-bao-zhang-ju.html")
    for unit in units {
      let url = try #require(unit["url"] as? String)
      #expect(
        FileManager.default.fileExists(
          atPath: folder.output.appendingPathComponent("2020/" + url).standardizedFileURL.path))
    }
  }

  @Test func csvHasBOMHeaderAndOneQuotedRowPerTask() throws {
    let folder = try TemporaryFolder()
    let report = try SiteFixture.report { round in
      round.tasks[0].narrative = "第一段,含逗号和\"引号\"。\n\n第二段。"
    }
    try SiteFixture.build(report, into: folder.output)
    let data = try Data(contentsOf: folder.output.appendingPathComponent("2020/tasks.csv"))
    #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
    let text = try #require(String(data: data.dropFirst(3), encoding: .utf8))
    let rows = CSVReader.rows(text)
    #expect(rows.count == 79)
    // The fixed columns, one status column per round, then the appended ones.
    #expect(
      rows[0] == TasksCSV.header + ["进度（2020-12-16）"] + TasksCSV.appended + TasksCSV.trailer)
    #expect(rows[0].first == "序号")
    let round = try #require(report.latest)
    for (row, task) in zip(rows.dropFirst(), round.tasks) {
      #expect(row.count == TasksCSV.header.count + 3 + TasksCSV.trailer.count)
      #expect(row[10] == "tasks/\(task.number).html")
      #expect(row[12] == (task.number == 14 ? "2020-12-31" : ""))
      #expect(row[13] == "否")
      #expect(row[11] == task.status)
      #expect(row[0] == String(task.number))
      #expect(row[3] == task.text)
      #expect(row[7] == task.status)
      #expect(row[9] == task.narrative)
    }
    #expect(text.contains("\"第一段,含逗号和\"\"引号\"\"。\n\n第二段。\""))
  }

  @Test func csvCellsThatSpreadsheetsWouldRunAreWrittenAsText() throws {
    let folder = try TemporaryFolder()
    let formula = "=HYPERLINK(\"http://example.com\",\"点此\")"
    let report = try SiteFixture.report { round in
      round.tasks[0].text = formula
      round.tasks[0].narrative = "- 列表项"
      round.tasks[0].units = ["@区商务局", "+区财政局"]
      round.tasks[1].narrative = "\t=1+1"
    }
    try SiteFixture.build(report, into: folder.output)
    let data = try Data(contentsOf: folder.output.appendingPathComponent("2020/tasks.csv"))
    let rows = CSVReader.rows(try #require(String(data: data.dropFirst(3), encoding: .utf8)))
    #expect(rows[1][3] == "'" + formula)
    #expect(rows[1][4] == "'@区商务局")
    #expect(rows[1][5] == "'@区商务局、+区财政局")
    #expect(rows[1][9] == "'- 列表项")
    #expect(rows[2][9] == "'\t=1+1")
    #expect(rows[3][3] == report.latest?.tasks[2].text)
    for row in rows {
      for cell in row {
        #expect(!["=", "+", "-", "@", "\t", "\r"].contains(cell.first.map(String.init) ?? ""))
      }
    }
  }
}

/// An RFC 4180 reader, for checking what the site wrote.
enum CSVReader {
  static func rows(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var iterator = Array(text.unicodeScalars).makeIterator()
    var pending: Unicode.Scalar? = nil
    while let scalar = pending ?? iterator.next() {
      pending = nil
      if quoted {
        if scalar == "\"" {
          if let next = iterator.next() {
            if next == "\"" {
              field.unicodeScalars.append("\"")
            } else {
              quoted = false
              pending = next
            }
          } else {
            quoted = false
          }
        } else {
          field.unicodeScalars.append(scalar)
        }
        continue
      }
      switch scalar {
      case "\"": quoted = true
      case ",":
        row.append(field)
        field = ""
      case "\r": break
      case "\n":
        row.append(field)
        rows.append(row)
        row = []
        field = ""
      default: field.unicodeScalars.append(scalar)
      }
    }
    if !field.isEmpty || !row.isEmpty {
      row.append(field)
      rows.append(row)
    }
    return rows
  }
}

@Suite struct TasksCSVLinks {
  @Test func pageLinksAreAbsoluteWithABaseURL() throws {
    let folder = try TemporaryFolder()
    try SiteFixture.build(
      try SiteFixture.report(baseURL: "https://www.example.gov.cn/gzbg/"), into: folder.output)
    let text = try SiteFixture.text(folder.output, "2020/tasks.csv")
    let rows = CSVReader.rows(String(text.dropFirst()))
    #expect(rows[1][10] == "https://www.example.gov.cn/gzbg/2020/tasks/1.html")
  }
}
