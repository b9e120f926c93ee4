import Foundation
import ReportModel
import Testing

@testable import ReportSite

@Suite struct CSVRowWriterCells {
  /// The cell as the String-based quoting wrote it: neutralised, then quoted when it holds a
  /// comma, quote or line end, inner quotes doubled.
  static func expected(_ field: String) -> String {
    let text = SpreadsheetText.neutralised(field)
    guard text.unicodeScalars.contains(where: { ",\"\n\r".unicodeScalars.contains($0) }) else {
      return text
    }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  @Test(arguments: [
    "", "plain", "中文，全角逗号", "a,b", "say \"hi\"", "\"", "line\nend", "cr\r", "=1+1",
    "+86", "-5", "@home", "\tindented", "\rreturn", "\r\nline", "-\u{301}accent", "=\"a\",b",
    "'already", "多行\r\n文字，含,逗号",
  ])
  func cellMatchesStringQuoting(_ field: String) {
    var row = CSVRowWriter(capacity: 0)
    row.cell(field, first: true)
    #expect(String(decoding: row.bytes, as: UTF8.self) == Self.expected(field))
  }

  @Test func cellsInPiecesAreQuotedWhole() {
    var row = CSVRowWriter(capacity: 16)
    row.cell("a", first: true)
    row.beginCell()
    row.joined(["-x", "y,z", "\"q\""], separator: "、")
    row.endCell()
    row.beginCell()
    row.number(-3)
    row.endCell()
    row.cell("")
    row.endLine()
    let expected = "a," + Self.expected("-x、y,z、\"q\"") + ",'-3,\r\n"
    #expect(String(decoding: row.bytes, as: UTF8.self) == expected)
  }
}
