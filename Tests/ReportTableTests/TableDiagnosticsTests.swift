import Foundation
import ReportModel
import Testing

@testable import ReportTable

/// Rows that cannot be read are refused with their row and column, never dropped.
@Suite struct TableDiagnosticsTests {
  func read(_ csv: String, date: String? = "2021-06-30") throws -> TableImporter.Outcome {
    let document = try TableDocument.read(Data(csv.utf8), format: .csv, name: "t.csv").get()
    return importer.read(document, path: "t.csv", date: date.flatMap(ISODate.init))
  }

  func descriptions(_ outcome: TableImporter.Outcome) -> [String] {
    outcome.diagnostics.sortedForDisplay().map { "\($0.location): \($0.severity): \($0.message)" }
  }

  @Test func everyBadRowIsNamed() throws {
    let outcome = try read(
      """
      序号,重点任务,责任单位,完成状态,进展情况
      一、部分
      1,任务一,区商务局,推进中,说明
      1,任务重复,区商务局,推进中,说明
      x,编号不是数字,区商务局,推进中,说明
      3,没有单位,,推进中,说明
      4,状态不认识,区商务局,快完成了,说明
      5,没有状态,区商务局,,说明
      ,,区商务局,推进中,没有任务文字
      6,最后一个,区商务局,推进中,说明
      制表人:某某

      """)
    #expect(outcome.round == nil)
    #expect(
      descriptions(outcome) == [
        "t.csv:4:1: error: task number 1 appears twice: also in row 3",
        "t.csv:5:1: error: task number \"x\" is not a whole number",
        "t.csv:6:3: error: task 3 has no responsible unit",
        "t.csv:7:1: error: the report uses 1 unknown status: \"快完成了\" (row 7)",
        "t.csv:7:4: error: unknown status \"快完成了\"",
        "t.csv:8:4: error: task 5 has no status",
        "t.csv:9:1: error: row is neither a task nor a heading: \"区商务局 | 推进中 | 没有任务文字\"",
        "t.csv:11:1: warning: row not imported: \"制表人:某某\" is below the last task",
      ])
  }

  @Test func aTableWithNoTaskIsAnError() throws {
    let outcome = try read("序号,重点任务,责任单位,完成状态\n一、部分\n")
    #expect(outcome.round == nil)
    #expect(
      descriptions(outcome) == ["t.csv:1:1: error: the table has no task below its header row"])
    let noHeader = try read("标题\n一、部分\n1,任务,区商务局,推进中\n")
    #expect(noHeader.round == nil)
    #expect(noHeader.diagnostics.first?.message.hasPrefix("no header row found") == true)
  }

  @Test func columnsNoLabelNamesAreWarned() throws {
    let outcome = try read("序号,重点任务,责任单位,完成状态,联系人\n1,任务,区商务局,推进中,张三\n")
    #expect(outcome.round?.tasks.count == 1)
    #expect(
      descriptions(outcome) == [
        "t.csv:1:5: warning: column E (联系人) is not imported: no label names it"
      ])
    let twice = try read("序号,重点任务,完成状态,完成进度,责任单位\n1,任务,推进中,推进中,区商务局\n")
    #expect(twice.round == nil)
    #expect(
      descriptions(twice) == [
        "t.csv:1:4: error: column D (完成进度) names the same field as column C (完成状态)"
      ])
  }

  @Test func statusAtTheStartOfTheNarrativeWithoutAStatusColumn() throws {
    let outcome = try read(
      "序号,重点任务,责任单位,贯彻落实情况\n1,任务,区商务局,已完成。全面落实\n2,任务二,区商务局,正在研究\n")
    #expect(outcome.round == nil)
    #expect(descriptions(outcome) == ["t.csv:3:4: error: task 2 has no status"])
    let good = try read("序号,重点任务,责任单位,贯彻落实情况\n1,任务,区商务局,已完成。全面落实\n")
    #expect(good.round?.tasks.first?.status == "已完成")
    #expect(good.round?.tasks.first?.narrative == "全面落实")
  }

  @Test func headingsInANumberColumnAndSiteLabels() throws {
    var labels = FieldLabels.builtIn
    labels.add(FieldLabel("工作目标", .task))
    let custom = TableImporter(labels: labels, vocabulary: .standard, configSource: "site.yml")
    let csv = "序号,工作目标,责任单位,完成状态\n一,稳增长,,\n(一),扩投资,,\n1,任务,区商务局,推进中\n"
    let document = try TableDocument.read(Data(csv.utf8), format: .csv, name: "t.csv").get()
    let outcome = custom.read(document, path: "t.csv", date: ISODate("2021-06-30"))
    let round = try #require(outcome.round)
    #expect(round.sections.map(\.title) == ["稳增长"])
    #expect(round.sections[0].subsections.map(\.title) == ["扩投资"])
    #expect(round.tasks.first?.subsection == 1)
    #expect(importer.read(document, path: "t.csv").round == nil)
  }

  @Test func titleRowsGiveMetadataAndTheDate() {
    let title = TableTitle(lines: [
      ["某区重点任务落实情况"], ["发布日期:", "2020/12/16", "索引号:abc-1"], ["（截至2020年12月15日）"],
    ])
    #expect(
      title.metadata == [
        MetadataEntry(key: "标题", value: "某区重点任务落实情况"),
        MetadataEntry(key: "发布日期", value: "2020/12/16"),
        MetadataEntry(key: "索引号", value: "abc-1"),
        MetadataEntry(key: "说明", value: "（截至2020年12月15日）"),
      ])
    #expect(title.date == ISODate("2020-12-16"))
    #expect(TableDates.first(in: "2021年重点工作(2021.6.30)") == ISODate("2021-06-30"))
    #expect(TableDates.first(in: "２０２０年１２月１６日") == ISODate("2020-12-16"))
    #expect(TableDates.first(in: "2021年12月") == nil)
    #expect(TableDates.first(in: "2021-13-01") == nil)
  }
}
