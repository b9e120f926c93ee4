import Foundation

/// Comma-separated values as RFC 4180 defines them and Excel and WPS save them: fields
/// separated by commas, records by CRLF, LF or CR; a field in double quotes may hold commas,
/// line breaks and `""` for a quote. A line break inside a cell is read as `\n`.
enum CSVTable {
  /// The records of `text` (already decoded, byte-order mark removed), numbered from 1. A last
  /// empty line is not a record.
  static func rows(of text: String) -> Result<[TableRow], CSVError> {
    var rows: [TableRow] = []
    var cells: [TableCell] = []
    var field = ""
    var inQuotes = false
    var fieldWasQuoted = false
    var afterClosingQuote = false
    var line = 1
    var recordLine = 1
    var characters = text.unicodeScalars.makeIterator()
    var pending: Unicode.Scalar? = nil

    func endField() {
      cells.append(TableCell(field))
      field = ""
      fieldWasQuoted = false
      afterClosingQuote = false
    }
    func endRecord() {
      endField()
      rows.append(TableRow(number: rows.count + 1, cells: cells))
      cells = []
    }

    while let scalar = pending ?? characters.next() {
      pending = nil
      if inQuotes {
        switch scalar {
        case "\"":
          let next = characters.next()
          if next == "\"" {
            field.unicodeScalars.append("\"")
          } else {
            inQuotes = false
            afterClosingQuote = true
            pending = next
          }
        case "\r":
          // CRLF or a lone CR inside a cell: one line break.
          let next = characters.next()
          if next != "\n" { pending = next }
          field.unicodeScalars.append("\n")
          line += 1
        case "\n":
          field.unicodeScalars.append("\n")
          line += 1
        default:
          field.unicodeScalars.append(scalar)
        }
        continue
      }
      switch scalar {
      case ",":
        endField()
      case "\r", "\n":
        if scalar == "\r" {
          let next = characters.next()
          if next != "\n" { pending = next }
        }
        endRecord()
        line += 1
        recordLine = line
      case "\"" where field.isEmpty && !fieldWasQuoted:
        inQuotes = true
        fieldWasQuoted = true
      default:
        if afterClosingQuote {
          return .failure(CSVError(line: line, record: rows.count + 1, reason: .textAfterQuote))
        }
        field.unicodeScalars.append(scalar)
      }
    }
    if inQuotes {
      return .failure(CSVError(line: recordLine, record: rows.count + 1, reason: .unclosedQuote))
    }
    if !field.isEmpty || !cells.isEmpty || fieldWasQuoted { endRecord() }
    return .success(rows)
  }

  /// `cells` as one CSV record: a field is quoted when it holds a comma, a quote or a line
  /// break, or begins or ends with a space. Line breaks are written as CRLF, as Excel does.
  static func record(_ cells: [String]) -> String {
    cells.map { cell in
      let needsQuotes =
        cell.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        || cell.first == " " || cell.last == " "
      guard needsQuotes else { return cell }
      let escaped = cell.replacingOccurrences(of: "\"", with: "\"\"")
        .replacingOccurrences(of: "\n", with: "\r\n")
      return "\"" + escaped + "\""
    }.joined(separator: ",") + "\r\n"
  }
}

/// Why a CSV file could not be read.
struct CSVError: Error, Sendable, Hashable {
  enum Reason: Sendable, Hashable {
    /// A quoted field is never closed.
    case unclosedQuote
    /// Text follows the closing quote of a field.
    case textAfterQuote
  }

  /// The line of the file (from 1) where the problem is.
  var line: Int
  /// The record (from 1).
  var record: Int
  var reason: Reason
}
