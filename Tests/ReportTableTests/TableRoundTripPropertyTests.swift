import Foundation
import Testing

@testable import ReportTable

/// Generated cells written as CSV and as XLSX read back as written.
@Suite struct TableRoundTripPropertyTests {
  /// A small deterministic generator (SplitMix64), so that a failure can be replayed.
  struct Generator {
    var state: UInt64

    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }

    mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }

    /// A cell from the pieces that trouble CSV and XML writers.
    mutating func cell() -> String {
      let pieces = [
        "区商务局", "推进中", ",", "\"", "\n", " ", "=SUM(A1)", "-3%", "'", "&", "<t>", "_x000D_",
        "_x", "12", "0", "3.5G", "（牵头）", "、", "\t", "\u{1}", "😀", "é", "1-10月",
      ]
      let count = Int(next() % 5)
      return (0..<count).map { _ in pick(pieces) }.joined()
    }
  }

  @Test func generatedTablesRoundTrip() throws {
    var generator = Generator(state: 2021)
    for _ in 0..<300 {
      let width = 1 + Int(generator.next() % 5)
      var sheet = TableSheet(name: "表", width: width)
      for _ in 0..<(1 + Int(generator.next() % 6)) {
        sheet.rows.append((0..<width).map { _ in generator.cell() })
      }
      // Line ends in cells are read back as `\n`; a CR alone reads as one.
      let expected = sheet.rows.map { row in
        row.map { $0.replacingOccurrences(of: "\r", with: "\n") }
      }
      let csv = try TableDocument.read(Data(sheet.csvBytes), format: .csv, name: "t.csv").get()
      let csvRows = try #require(csv.tables.first).rows.map { $0.cells.map(\.text) }
      #expect(csvRows == expected, "\(sheet.rows)")
      let xlsx = try XLSXWriter.data(sheet, modified: Date(timeIntervalSince1970: 0))
      let grid = try #require(try XLSXWorkbook.sheets(xlsx).get().first)
      // A sheet stores no empty cells: they read as "".
      let xlsxRows = grid.rows.map { row in (0..<width).map { row.text($0) } }
      #expect(xlsxRows == expected, "\(sheet.rows)")
    }
  }
}
