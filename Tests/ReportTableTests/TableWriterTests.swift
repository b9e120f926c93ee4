import Foundation
import Testing

@testable import ReportTable

@Suite struct TableWriterTests {
  let sheet: TableSheet = {
    var sheet = TableSheet(name: "重点任务", width: 3)
    sheet.appendSpanning("标题")
    sheet.headerRow = sheet.rows.count
    sheet.rows.append(["序号", "重点任务", "说明"])
    sheet.appendSpanning("一、部分")
    sheet.rows.append(["1", "两行\n文字 & <标记>", "'=SUM(A1)"])
    sheet.rows.append(["012", "a_x0041_b\r", " 前后空格 "])
    return sheet
  }()

  @Test func xlsxReadsBackAsWritten() throws {
    let data = try XLSXWriter.data(sheet, modified: Date(timeIntervalSince1970: 1_600_000_000))
    let again = try XLSXWriter.data(sheet, modified: Date(timeIntervalSince1970: 1_600_000_000))
    #expect(data == again)
    let grid = try #require(try XLSXWorkbook.sheets(data).get().first)
    #expect(grid.name == "重点任务")
    #expect(
      grid.rows.map { $0.cells.map(\.text) }
        == [
          ["标题", "标题", "标题"], ["序号", "重点任务", "说明"], ["一、部分", "一、部分", "一、部分"],
          ["1", "两行\n文字 & <标记>", "'=SUM(A1)"], ["012", "a_x0041_b\r", " 前后空格 "],
        ].enumerated().map { index, row in
          // A carriage return in a cell reads back as a line break.
          index == 4 ? ["012", "a_x0041_b\n", " 前后空格 "] : row
        })
    #expect(grid.distinctFilledColumns(ofRow: 2) == [0])
  }

  @Test func csvReadsBackAsWritten() throws {
    let document = try TableDocument.read(Data(sheet.csvBytes), format: .csv, name: "t.csv").get()
    #expect(document.encoding == .utf8WithBOM)
    let rows = try #require(document.tables.first).rows.map { $0.cells.map(\.text) }
    #expect(rows[0] == ["标题", "", ""])
    #expect(rows[3] == ["1", "两行\n文字 & <标记>", "'=SUM(A1)"])
    #expect(rows[4] == ["012", "a_x0041_b\n", " 前后空格 "])
  }
}

@Suite struct TableExportTests {
  @Test func headingsKeepTheirSpellingOnOneLine() {
    #expect(
      TableExport.headingCell("（一）扩大投资", isSection: false, number: 1, title: "扩大投资")
        == "（一）扩大投资")
    #expect(
      TableExport.headingCell("\n\n一、稳增长", isSection: true, number: 1, title: "稳增长")
        == "一、稳增长")
    #expect(
      TableExport.headingCell("一、旧标题", isSection: true, number: 1, title: "新标题") == "一、新标题")
  }
}
