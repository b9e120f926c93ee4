import Foundation
import ZIPFoundation

/// Writes a `TableSheet` as an Excel workbook (`.xlsx`) of one sheet: text as inline strings,
/// whole numbers as numbers, spanning rows as merged cells, wrapped text. The zip entries carry
/// a fixed date, so the same sheet always gives the same bytes.
public enum XLSXWriter {
  public static func data(_ sheet: TableSheet, modified: Date) throws -> Data {
    let archive = try Archive(data: Data(), accessMode: .create)
    let parts: [(String, String)] = [
      ("[Content_Types].xml", contentTypes),
      ("_rels/.rels", packageRelationships),
      ("xl/workbook.xml", workbook(sheetName: safeSheetName(sheet.name))),
      ("xl/_rels/workbook.xml.rels", workbookRelationships),
      ("xl/styles.xml", styles),
      ("xl/worksheets/sheet1.xml", worksheet(sheet)),
    ]
    for (path, text) in parts {
      let bytes = Data(text.utf8)
      try archive.addEntry(
        with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: modified,
        compressionMethod: .deflate
      ) { position, size in
        bytes.subdata(in: Int(position)..<Int(position) + size)
      }
    }
    guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
    return data
  }

  static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
  static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
  static let relationshipsNamespace =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

  static let contentTypes =
    declaration
    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
    + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
    + "</Types>"

  static let packageRelationships =
    declaration
    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    + "<Relationship Id=\"rId1\" Type=\"\(relationshipsNamespace)/officeDocument\" Target=\"xl/workbook.xml\"/>"
    + "</Relationships>"

  static let workbookRelationships =
    declaration
    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    + "<Relationship Id=\"rId1\" Type=\"\(relationshipsNamespace)/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
    + "<Relationship Id=\"rId2\" Type=\"\(relationshipsNamespace)/styles\" Target=\"styles.xml\"/>"
    + "</Relationships>"

  static func workbook(sheetName: String) -> String {
    declaration + "<workbook xmlns=\"\(main)\" xmlns:r=\"\(relationshipsNamespace)\"><sheets>"
      + "<sheet name=\"\(escaped(sheetName))\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"
  }

  /// Style 0: the default; 1: wrapped text aligned to the top; 2: bold, wrapped, centred (the
  /// header).
  static let styles =
    declaration + "<styleSheet xmlns=\"\(main)\">"
    + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"宋体\"/></font>"
    + "<font><b/><sz val=\"11\"/><name val=\"宋体\"/></font></fonts>"
    + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
    + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
    + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
    + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
    + "<cellXfs count=\"3\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
    + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\">"
    + "<alignment vertical=\"top\" wrapText=\"1\"/></xf>"
    + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyAlignment=\"1\">"
    + "<alignment horizontal=\"center\" vertical=\"center\" wrapText=\"1\"/></xf></cellXfs>"
    + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
    + "</styleSheet>"

  static func worksheet(_ sheet: TableSheet) -> String {
    var xml = declaration + "<worksheet xmlns=\"\(main)\">"
    if let header = sheet.headerRow {
      xml +=
        "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"\(header + 1)\" "
        + "topLeftCell=\"A\(header + 2)\" activePane=\"bottomLeft\" state=\"frozen\"/>"
        + "</sheetView></sheetViews>"
    }
    xml += "<sheetData>"
    var merges: [String] = []
    for (index, row) in sheet.rows.enumerated() {
      let number = index + 1
      xml += "<row r=\"\(number)\">"
      let style = index == sheet.headerRow ? 2 : 1
      for (column, text) in row.enumerated() where !text.isEmpty {
        let reference = CellReference.letters(column) + String(number)
        if isWholeNumber(text) {
          xml += "<c r=\"\(reference)\" s=\"\(style)\"><v>\(text)</v></c>"
        } else {
          xml +=
            "<c r=\"\(reference)\" s=\"\(style)\" t=\"inlineStr\"><is><t xml:space=\"preserve\">"
            + escaped(excelEscaped(text)) + "</t></is></c>"
        }
      }
      xml += "</row>"
      if sheet.spanningRows.contains(index), sheet.width > 1 {
        merges.append("A\(number):" + CellReference.letters(sheet.width - 1) + String(number))
      }
    }
    xml += "</sheetData>"
    if !merges.isEmpty {
      xml += "<mergeCells count=\"\(merges.count)\">"
      for merge in merges { xml += "<mergeCell ref=\"\(merge)\"/>" }
      xml += "</mergeCells>"
    }
    return xml + "</worksheet>"
  }

  /// Digits only, no leading zero, short enough to stay exact in a spreadsheet.
  static func isWholeNumber(_ text: String) -> Bool {
    guard let first = text.utf8.first, text.utf8.count <= 15 else { return false }
    return text.utf8.allSatisfy { (48...57).contains($0) } && (first != 48 || text.utf8.count == 1)
  }

  /// Characters XML 1.0 cannot hold (controls other than tab and line feed, a carriage return
  /// that would be read as a line end) written as Excel does, `_xHHHH_`; an underscore that
  /// would read as such an escape is itself escaped (`_x005F_`).
  static func excelEscaped(_ text: String) -> String {
    var result = ""
    var scalars = Array(text.unicodeScalars)
    scalars.append(" ")
    for index in 0..<(scalars.count - 1) {
      let scalar = scalars[index]
      if scalar == "_", scalars[index + 1] == "x", looksLikeEscape(scalars, at: index) {
        result += "_x005F_"
      } else if scalar.value < 0x20, scalar != "\t", scalar != "\n" {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        result += "_x" + String(repeating: "0", count: 4 - hex.count) + hex + "_"
      } else if scalar.value == 0xFFFE || scalar.value == 0xFFFF {
        result += "_x" + String(scalar.value, radix: 16, uppercase: true) + "_"
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  private static func looksLikeEscape(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
    guard index + 6 < scalars.count, scalars[index + 6] == "_" else { return false }
    return scalars[(index + 2)..<(index + 6)].allSatisfy { $0.properties.isASCIIHexDigit }
  }

  /// Text safe inside XML character data and attribute values.
  static func escaped(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for character in text {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      default: result.append(character)
      }
    }
    return result
  }

  /// A name Excel accepts for a sheet: at most 31 characters, none of `[]:*?/\`.
  static func safeSheetName(_ name: String) -> String {
    let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]
    let cleaned = String(name.filter { !forbidden.contains($0) }.prefix(31))
    return cleaned.isEmpty ? "Sheet1" : cleaned
  }
}
