import TextDecoding

/// Why a table file could not be read into rows.
public enum TableReadError: Error, Sendable, Hashable {
  /// The file's extension is not one report-site reads as a table.
  case unknownFormat(String)
  /// A binary format of Office 97–2003 or WPS, which report-site does not read.
  case oldFormat(TableFormat)
  /// The CSV file's bytes are not text in an encoding report-site reads.
  case encoding(TextDecodingError)
  /// A quoted CSV field is never closed.
  case unclosedQuote(line: Int)
  /// Text follows the closing quote of a CSV field.
  case textAfterQuote(line: Int)
  /// Not a zip archive: not saved by Excel, WPS or Word in their current format.
  case notAnOfficeFile(kind: String)
  /// A part the format requires is missing.
  case missingPart(String)
  /// A part is not well-formed XML.
  case badXML(part: String, line: Int, reason: String)
  /// The archive cannot be read.
  case damaged(String)

  /// The line of the file the problem is on, when there is one.
  public var line: Int {
    switch self {
    case .encoding(let error): error.line
    case .unclosedQuote(let line), .textAfterQuote(let line): line
    default: 0
    }
  }

  public var message: String {
    switch self {
    case .unknownFormat(let ext):
      "cannot import a .\(ext) file as a table: report-site reads .csv, .xlsx and .docx"
    case .oldFormat(let format):
      "a .\(format.rawValue) file is in an old binary format that report-site does not read"
    case .encoding(let error): error.message
    case .unclosedQuote: "a quoted CSV cell that begins here is never closed"
    case .textAfterQuote: "text after the closing quote of a CSV cell"
    case .notAnOfficeFile(let kind):
      "not a .\(kind) file (it is not a zip archive of Office Open XML)"
    case .missingPart(let part): "the file has no \(part)"
    case .badXML(let part, let line, let reason):
      "\(part) is not well-formed XML (line \(line)): \(reason)"
    case .damaged(let reason): "the archive cannot be read: \(reason)"
    }
  }

  public var note: String {
    switch self {
    case .unknownFormat: "save the table as .xlsx (Excel, WPS) or .docx (Word), or as CSV"
    case .oldFormat(let format):
      "open it in Excel, Word or WPS and save it as .\(format.convertTo?.rawValue ?? "xlsx") "
        + "(文件 → 另存为), then import that file"
    case .encoding(let error): error.note
    case .unclosedQuote, .textAfterQuote:
      "open the file in Excel or WPS and save it again as CSV, or close the quote"
    case .notAnOfficeFile(let kind):
      kind == "xlsx"
        ? "open it in Excel or WPS and save it as .xlsx (an old .xls is not read)"
        : "open it in Word or WPS and save it as .docx (an old .doc is not read)"
    case .missingPart, .badXML, .damaged:
      "open the file in Excel, WPS or Word and save it again"
    }
  }
}
