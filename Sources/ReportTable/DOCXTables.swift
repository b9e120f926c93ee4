import Foundation
import ZIPFoundation

/// Reads the tables of a Word or WPS document (`.docx`): each top-level table of
/// `word/document.xml` (`w:tbl`, `w:tr`, `w:tc`) with the paragraphs before it. A cell's
/// paragraphs are joined by line breaks; `w:gridSpan` spans columns and `w:vMerge`
/// (`restart`, then continuing cells) spans rows, both resolved so that every cell of a merged
/// range holds its text.
enum DOCXTables {
  static func tables(_ data: Data) -> Result<[TableGrid], TableReadError> {
    let archive: Archive
    do {
      archive = try Archive(data: data, accessMode: .read)
    } catch {
      return .failure(.notAnOfficeFile(kind: "docx"))
    }
    let document: XMLElementNode
    do {
      guard let root = try XLSXWorkbook.part("word/document.xml", in: archive) else {
        return .failure(.missingPart("word/document.xml"))
      }
      document = root
    } catch let error as TableReadError {
      return .failure(error)
    } catch {
      return .failure(.damaged(String(describing: error)))
    }
    var grids: [TableGrid] = []
    var paragraphs: [String] = []
    for element in bodyElements(of: document.child("body")) {
      switch element.name {
      case "p":
        let text = paragraphText(element)
        if !text.isEmpty { paragraphs.append(text) }
      case "tbl":
        grids.append(
          TableGrid(name: "表\(grids.count + 1)", rows: rows(of: element), preamble: paragraphs))
        paragraphs = []
      default:
        continue
      }
    }
    return .success(grids)
  }

  /// The body's paragraphs and tables in order, looking through content controls (`w:sdt`).
  static func bodyElements(of body: XMLElementNode?) -> [XMLElementNode] {
    var result: [XMLElementNode] = []
    for child in body?.children ?? [] {
      switch child.name {
      case "p", "tbl": result.append(child)
      case "sdt": result += bodyElements(of: child.child("sdtContent"))
      default: continue
      }
    }
    return result
  }

  /// A paragraph's text: its runs' `w:t`, tabs as spaces, `w:br` and `w:cr` as line breaks;
  /// deleted text, field instructions and the fallback copy of alternate content left out.
  static func paragraphText(_ paragraph: XMLElementNode) -> String {
    var text = ""
    appendText(of: paragraph, to: &text)
    return text
  }

  private static func appendText(of element: XMLElementNode, to text: inout String) {
    for child in element.children {
      switch child.name {
      case "t": text += child.text
      case "tab": text += " "
      case "br", "cr": text += "\n"
      case "del", "delText", "instrText", "pPr", "rPr", "tbl", "Fallback": continue
      default: appendText(of: child, to: &text)
      }
    }
  }

  /// A cell's text: its paragraphs joined by line breaks (a nested table's cells add theirs).
  static func cellText(_ cell: XMLElementNode) -> String {
    var lines: [String] = []
    func collect(_ element: XMLElementNode) {
      for child in element.children {
        switch child.name {
        case "p": lines.append(paragraphText(child))
        case "tbl", "tr", "tc", "sdt", "sdtContent", "customXml": collect(child)
        default: continue
        }
      }
    }
    collect(cell)
    while let last = lines.last, last.isEmpty { lines.removeLast() }
    return lines.joined(separator: "\n")
  }

  /// The table's rows on its grid of columns, merges resolved.
  static func rows(of table: XMLElementNode) -> [TableRow] {
    var rows: [TableRow] = []
    // For each column, the position of the cell that began the vertical merge running in it.
    var verticalOrigin: [Int: CellPosition] = [:]
    for rowElement in table.children("tr") {
      let rowIndex = rows.count
      var cells: [TableCell] = []
      let before = Int(rowElement.child("trPr")?.child("gridBefore")?.attribute("val") ?? "") ?? 0
      for _ in 0..<max(0, before) { cells.append(TableCell("")) }
      for cell in cellElements(of: rowElement) {
        let properties = cell.child("tcPr")
        let span = max(1, Int(properties?.child("gridSpan")?.attribute("val") ?? "") ?? 1)
        let column = cells.count
        let merge = properties?.child("vMerge")
        let continues = merge != nil && merge?.attribute("val") != "restart"
        let first: TableCell
        if continues, let origin = verticalOrigin[column] {
          first = TableCell(rows[origin.row].text(origin.column), mergedFrom: origin)
        } else {
          first = TableCell(cellText(cell))
          verticalOrigin[column] = merge == nil ? nil : CellPosition(row: rowIndex, column: column)
        }
        cells.append(first)
        let origin = first.mergedFrom ?? CellPosition(row: rowIndex, column: column)
        for extra in 1..<span {
          cells.append(TableCell(first.text, mergedFrom: origin))
          if merge == nil { verticalOrigin[column + extra] = nil }
        }
      }
      rows.append(TableRow(number: rowIndex + 1, cells: cells))
    }
    return rows
  }

  /// A row's cells, looking through content controls and custom XML around them.
  static func cellElements(of row: XMLElementNode) -> [XMLElementNode] {
    var result: [XMLElementNode] = []
    for child in row.children {
      switch child.name {
      case "tc": result.append(child)
      case "sdt": result += cellElements(of: child.child("sdtContent") ?? child)
      case "customXml": result += cellElements(of: child)
      default: continue
      }
    }
    return result
  }
}
