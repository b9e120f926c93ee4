import Foundation
import ZIPFoundation

/// Reads the sheets of an Excel or WPS workbook (`.xlsx`, Office Open XML): sheet names and
/// order from `xl/workbook.xml` and its relationships, shared strings (rich-text runs joined),
/// inline strings, numbers, dates stored as numbers (told by their style), and merged ranges.
enum XLSXWorkbook {
  static func sheets(_ data: Data) -> Result<[TableGrid], TableReadError> {
    let archive: Archive
    do {
      archive = try Archive(data: data, accessMode: .read)
    } catch {
      return .failure(.notAnOfficeFile(kind: "xlsx"))
    }
    do {
      guard let workbook = try part("xl/workbook.xml", in: archive) else {
        return .failure(.missingPart("xl/workbook.xml"))
      }
      let relationships = try part("xl/_rels/workbook.xml.rels", in: archive)
      let targets = Dictionary(
        (relationships?.children("Relationship") ?? []).compactMap { relation in
          relation.attribute("Id").map { ($0, relation.attribute("Target") ?? "") }
        }, uniquingKeysWith: { first, _ in first })
      let flag = workbook.child("workbookPr")?.attribute("date1904")
      let date1904 = flag == "1" || flag == "true"
      let shared =
        try part("xl/sharedStrings.xml", in: archive).map { root in
          root.children("si").map { normalisedLineBreaks(unescaped($0.textOfRuns())) }
        } ?? []
      let styles = try part("xl/styles.xml", in: archive).map(XLSXStyles.init) ?? XLSXStyles()
      var grids: [TableGrid] = []
      for sheet in workbook.child("sheets")?.children("sheet") ?? [] {
        let name = sheet.attribute("name") ?? "Sheet\(grids.count + 1)"
        guard let id = sheet.attribute("id"), let target = targets[id] else {
          return .failure(.missingPart("the sheet \"\(name)\""))
        }
        let path = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        guard let root = try part(path, in: archive) else {
          return .failure(.missingPart(path))
        }
        let reader = SheetReader(shared: shared, styles: styles, date1904: date1904)
        grids.append(TableGrid(name: name, rows: reader.rows(root)))
      }
      return .success(grids)
    } catch let error as TableReadError {
      return .failure(error)
    } catch {
      return .failure(.damaged(String(describing: error)))
    }
  }

  /// One XML part of the archive, parsed; nil when the archive has no such part.
  static func part(_ path: String, in archive: Archive) throws -> XMLElementNode? {
    guard let entry = archive[path] else { return nil }
    var data = Data()
    _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
    switch XMLElementNode.parse(data) {
    case .success(let root): return root
    case .failure(let failure):
      throw TableReadError.badXML(part: path, line: failure.line, reason: failure.reason)
    }
  }

  /// Excel writes characters XML cannot hold (a carriage return, control characters) as
  /// `_xHHHH_`; `_x005F_` escapes a literal underscore.
  static func unescaped(_ text: String) -> String {
    guard text.contains("_x") else { return text }
    var result = ""
    var rest = Substring(text)
    while let start = rest.range(of: "_x") {
      result += rest[..<start.lowerBound]
      let after = rest[start.upperBound...]
      let hex = after.prefix(4)
      if hex.count == 4, after.dropFirst(4).first == "_", let value = UInt32(hex, radix: 16),
        let scalar = Unicode.Scalar(value)
      {
        result.unicodeScalars.append(scalar)
        rest = after.dropFirst(5)
      } else {
        result += "_x"
        rest = after
      }
    }
    return result + rest
  }

  /// CRLF and CR inside a cell read as one line break.
  static func normalisedLineBreaks(_ text: String) -> String {
    guard text.contains("\r") else { return text }
    return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(
      of: "\r", with: "\n")
  }

  /// Turns one worksheet into rows.
  struct SheetReader {
    var shared: [String]
    var styles: XLSXStyles
    var date1904: Bool

    func rows(_ root: XMLElementNode) -> [TableRow] {
      var byNumber: [Int: [TableCell]] = [:]
      var lastRow = 0
      for row in root.child("sheetData")?.children("row") ?? [] {
        let number = row.attribute("r").flatMap { Int($0) } ?? lastRow + 1
        lastRow = number
        var cells: [TableCell] = []
        for cell in row.children("c") {
          let column =
            cell.attribute("r").flatMap { CellReference(Substring($0))?.column } ?? cells.count
          guard column < 16_384 else { continue }
          while cells.count < column { cells.append(TableCell("")) }
          let text = value(of: cell)
          if column < cells.count {
            cells[column] = TableCell(text)
          } else {
            cells.append(TableCell(text))
          }
        }
        while let last = cells.last, last.text.isEmpty { cells.removeLast() }
        byNumber[number] = cells
      }
      let ranges = (root.child("mergeCells")?.children("mergeCell") ?? []).compactMap {
        $0.attribute("ref").flatMap(CellReference.range)
      }
      // Rows inside a merged range exist even when the sheet stores nothing for them.
      let lastColumn = byNumber.values.map(\.count).max() ?? 0
      let lastUsedRow = byNumber.keys.max() ?? 0
      for range in ranges where range.first.row <= lastUsedRow {
        for number in range.first.row...min(range.last.row, lastUsedRow)
        where byNumber[number] == nil {
          byNumber[number] = []
        }
      }
      let numbers = byNumber.keys.sorted()
      let index = Dictionary(uniqueKeysWithValues: numbers.enumerated().map { ($1, $0) })
      var grid = TableGrid(
        name: "", rows: numbers.map { TableRow(number: $0, cells: byNumber[$0] ?? []) })
      grid.applyMerges(
        ranges.compactMap { range in
          guard let first = index[range.first.row], range.first.column < max(lastColumn, 1)
          else { return nil }
          let lastRowIndex = index[min(range.last.row, lastUsedRow)] ?? first
          return (
            CellPosition(row: first, column: range.first.column),
            CellPosition(row: lastRowIndex, column: min(range.last.column, lastColumn - 1))
          )
        })
      return grid.rows
    }

    func value(of cell: XMLElementNode) -> String {
      let raw = cell.child("v")?.text ?? ""
      switch cell.attribute("t") {
      case "s":
        guard let index = Int(raw), index >= 0, index < shared.count else { return raw }
        return shared[index]
      case "inlineStr":
        return normalisedLineBreaks(unescaped(cell.child("is")?.textOfRuns() ?? ""))
      case "str", "e":
        return normalisedLineBreaks(unescaped(raw))
      case "b":
        return raw == "1" ? "TRUE" : "FALSE"
      case "d":
        // An ISO 8601 date stored as text (strict Open XML).
        return String(raw.prefix(10))
      default:
        guard !raw.isEmpty else { return "" }
        let style = cell.attribute("s").flatMap { Int($0) }
        return SpreadsheetNumber.text(raw, isDate: styles.isDate(style: style), date1904: date1904)
      }
    }
  }
}
