import Foundation
import Testing
import TextDecoding

@testable import ReportTable

@Suite struct TableReaderTests {
  /// The text of every row, for comparisons.
  func texts(_ grid: TableGrid) -> [[String]] {
    grid.rows.map { $0.cells.map(\.text) }
  }

  @Test func csvWithBOMQuotedLineBreaksAndSectionRows() throws {
    let document = try TableFixture.document("seed.csv")
    #expect(document.encoding == .utf8WithBOM)
    let grid = try #require(document.tables.first)
    #expect(grid.rows.count == 2 + 1 + 78 + 6 + 15)
    #expect(texts(grid)[2] == ["序号", "重点任务", "责任单位", "完成状态", "贯彻落实情况"])
    #expect(grid.rows[3].cells.first?.text == "一、聚焦两手抓、两战赢,确保经济社会实现稳增长")
    #expect(grid.distinctFilledColumns(ofRow: 3) == [0])
    #expect(
      grid.rows[5].cells.map(\.text).prefix(4) == [
        "1", grid.rows[5].text(1), "区卫生健康委、区教体局、区市场监管局、区民政局", "已完成并长期坚持",
      ])
  }

  @Test func csvRecordsFollowRFC4180() throws {
    let text = "a,\"b,\"\"c\"\"\",\"line1\r\nline2\"\r\n,,\r\nlast"
    let rows = try CSVTable.rows(of: text).get()
    #expect(
      rows.map { $0.cells.map(\.text) } == [
        ["a", "b,\"c\"", "line1\nline2"], ["", "", ""], ["last"],
      ])
    #expect(rows.map(\.number) == [1, 2, 3])
    #expect(throws: CSVError.self) { try CSVTable.rows(of: "a,\"open\nb").get() }
    #expect(throws: CSVError.self) { try CSVTable.rows(of: "\"a\"b,c").get() }
    let written = CSVTable.record(["1", "x,y", "say \"hi\"", "two\nlines"])
    #expect(written == "1,\"x,y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\n")
    #expect(
      try CSVTable.rows(of: written).get().first?.cells.map(\.text) == [
        "1", "x,y", "say \"hi\"", "two\nlines",
      ])
  }

  @Test func gbkCSVAsExcelSavesIt() throws {
    let document = try TableFixture.document("gbk.csv")
    #expect(document.encoding == .gb18030)
    let grid = try #require(document.tables.first)
    #expect(texts(grid)[1] == ["序号", "任务", "牵头单位", "配合单位", "完成情况", "完成状态"])
    #expect(grid.rows[2].text(4) == "已建成2处,\n第3处在施工。")
  }

  @Test func xlsxMergesDatesAndLineBreaks() throws {
    let document = try TableFixture.document("lead-co-leaders.xlsx")
    let grid = try #require(document.tables.first)
    #expect(grid.name == "Sheet1")
    #expect(grid.rows.map(\.number) == Array(1...9))
    #expect(texts(grid)[0] == Array(repeating: "示范区2021年《政府工作报告》重点任务推进情况表", count: 8))
    #expect(grid.distinctFilledColumns(ofRow: 0) == [0])
    #expect(grid.rows[0].cells[7].mergedFrom == CellPosition(row: 0, column: 0))
    #expect(
      texts(grid)[5] == [
        "1", "5G基站建设再新增120个,实现城区全覆盖。", "区工信局", "区发改委、区住建局", "陈立新", "2021-12-31", "序时推进",
        "已新建基站85个。",
      ])
    #expect(grid.rows[6].text(3) == "区财政局\n各街道")
    #expect(grid.rows[6].text(7) == "已开工7个,\n其余5个正在设计。")
    #expect(grid.rows[8].text(5) == "2021-08-31")
    #expect(grid.distinctFilledColumns(ofRow: 5).count == 8)
  }

  @Test func xlsxSheetsNumbersAndDateSystems() throws {
    let document = try TableFixture.document("multi-sheet.xlsx")
    #expect(document.tables.map(\.name) == ["填报说明", "1-11月", "汇总"])
    let sheet = document.tables[1]
    #expect(sheet.rows[1].cells.map(\.text) == ["填报单位:区政府督查室", "", "", "填报时间:", "2021-12-05"])
    #expect(texts(sheet)[5] == ["3", "创建省级文明社区2个。", "区文明办", "2021-06-30", "已完成", "2个社区通过验收。"])
    #expect(sheet.rows[3].text(3) == "2021-12-31")
    let mac = try TableFixture.document("dates-1904.xlsx")
    #expect(mac.tables.first?.rows[1].text(3) == "2021-11-30")
  }

  @Test func serialNumbersAsDates() {
    #expect(SpreadsheetNumber.dateText(serial: 1, date1904: false) == "1900-01-01")
    #expect(SpreadsheetNumber.dateText(serial: 59, date1904: false) == "1900-02-28")
    #expect(SpreadsheetNumber.dateText(serial: 61, date1904: false) == "1900-03-01")
    #expect(SpreadsheetNumber.dateText(serial: 44181, date1904: false) == "2020-12-16")
    #expect(SpreadsheetNumber.dateText(serial: 44181.5, date1904: false) == "2020-12-16 12:00")
    #expect(SpreadsheetNumber.dateText(serial: 0, date1904: true) == "1904-01-01")
    #expect(SpreadsheetNumber.text("12.0", isDate: false, date1904: false) == "12")
    #expect(SpreadsheetNumber.text("0.25", isDate: false, date1904: false) == "0.25")
    #expect(XLSXStyles.isDateFormat("yyyy\"年\"m\"月\"d\"日\""))
    #expect(XLSXStyles.isDateFormat("[$-F800]dddd"))
    #expect(!XLSXStyles.isDateFormat("General"))
    #expect(!XLSXStyles.isDateFormat("0.00_);[Red]\\(0.00\\)"))
    #expect(!XLSXStyles.isDateFormat("\"第\"0\"项\""))
    #expect(XLSXWorkbook.unescaped("a_x000D_b_x005F_x") == "a\rb_x")
  }

  @Test func docxGridSpanVerticalMergesAndPreamble() throws {
    let document = try TableFixture.document("vmerge.docx")
    let grid = try #require(document.tables.first)
    #expect(grid.preamble == ["重点任务落实情况", "截至2021.06.30"])
    #expect(grid.rows.count == 5)
    #expect(grid.distinctFilledColumns(ofRow: 1) == [0])
    #expect(
      texts(grid)[2] == ["1", "企业开办时间压缩至1个工作日。", "区发改委（牵头）、区行政审批局", "刘文", "已压缩至0.5个工作日。", "已完成"])
    #expect(grid.rows[3].text(2) == "区发改委（牵头）、区行政审批局")
    #expect(grid.rows[3].cells[2].mergedFrom == CellPosition(row: 2, column: 2))
    #expect(grid.rows[4].text(2) == "区市场监管局")
    #expect(grid.rows[4].text(3) == "刘文")
    #expect(grid.rows[4].text(1) == "40.2021年新增市场主体3000户。")
  }

  @Test func docxParagraphsInACellAreLines() throws {
    let document = try TableFixture.document("dayu.docx")
    let grid = try #require(document.tables.first)
    #expect(grid.preamble == ["2021年重点工作任务进展情况督查表", "2021年9月30日"])
    #expect(texts(grid)[2] == ["2", "引进亿元以上项目10个。", "区投促局、区商务局", "否", "已签约6个。", "受疫情影响"])
  }

  @Test func notAnOfficeFile() {
    let result = TableDocument.read(Data("plain".utf8), format: .xlsx, name: "x.xlsx")
    #expect(throws: TableReadError.notAnOfficeFile(kind: "xlsx")) { try result.get() }
    #expect(TableFormat(path: "a/b.XLSX") == .xlsx)
    #expect(TableFormat(path: "a.txt") == nil)
    let old = TableDocument.read(Data([0xD0, 0xCF, 0x11, 0xE0]), format: .xls, name: "a.xls")
    #expect(throws: TableReadError.oldFormat(.xls)) { try old.get() }
    #expect(
      TableReadError.oldFormat(.doc).note.hasPrefix(
        "open it in Excel, Word or WPS and save it as .docx"))
  }
}
