import Foundation
import TextDecoding

/// The tables of one file: the sheets of a workbook, the tables of a Word document, or the one
/// table of a CSV file, with the encoding a CSV file was written in.
public struct TableDocument: Sendable, Hashable {
  public var tables: [TableGrid]
  /// The CSV file's encoding; nil for .xlsx and .docx, which are always UTF-8 inside.
  public var encoding: SourceEncoding?

  public init(tables: [TableGrid], encoding: SourceEncoding? = nil) {
    self.tables = tables
    self.encoding = encoding
  }

  /// Reads `bytes`, the content of a file in `format` named `name` (the CSV table's name).
  public static func read(
    _ bytes: Data, format: TableFormat, name: String
  ) -> Result<TableDocument, TableReadError> {
    switch format {
    case .xls, .et, .doc, .wps:
      return .failure(.oldFormat(format))
    case .csv:
      switch TextDecoding.decode([UInt8](bytes)) {
      case .failure(let error):
        return .failure(.encoding(error))
      case .success(let decoded):
        var text = Substring(decoded.text)
        if text.unicodeScalars.first == "\u{FEFF}" { text = text.dropFirst() }
        switch CSVTable.rows(of: String(text)) {
        case .failure(let error):
          switch error.reason {
          case .unclosedQuote: return .failure(.unclosedQuote(line: error.record))
          case .textAfterQuote: return .failure(.textAfterQuote(line: error.record))
          }
        case .success(let rows):
          return .success(
            TableDocument(tables: [TableGrid(name: name, rows: rows)], encoding: decoded.encoding))
        }
      }
    case .xlsx:
      return XLSXWorkbook.sheets(bytes).map { TableDocument(tables: $0) }
    case .docx:
      return DOCXTables.tables(bytes).map { TableDocument(tables: $0) }
    }
  }
}
