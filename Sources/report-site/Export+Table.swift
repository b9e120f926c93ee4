import ArgumentParser
import Foundation
import ReportModel
import ReportTable
import ReportText

/// What `export --format` writes.
enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
  case text, csv, xlsx
}

extension ReportSiteCommand.Export {
  /// Writes `round` in the chosen format to `--output`, or as text to standard output.
  func write(_ round: Round) throws {
    let bytes: Data
    switch format {
    case .text:
      let text = ReportTextPrinter.text(for: round)
      guard output != nil else {
        standardOutput(text)
        return
      }
      bytes = Data(text.utf8)
    case .csv:
      bytes = Data(TableExport.sheet(for: round).csvBytes)
    case .xlsx:
      bytes = try XLSXWriter.data(TableExport.sheet(for: round), modified: Self.noon(of: round))
    }
    guard let output else {
      throw ValidationError(
        "--format \(format.rawValue) needs --output FILE, e.g. --output round.\(format.rawValue)")
    }
    do {
      try bytes.write(to: URL(fileURLWithPath: output), options: .atomic)
    } catch {
      standardError("\(output): error: cannot write the file: \(error.localizedDescription)\n")
      throw ExitCode(1)
    }
    standardOutput("wrote round \(round.id) (\(round.tasks.count) tasks) to \(output)\n")
  }

  /// Noon (UTC) of the round's date, the date inside the workbook's zip entries: the same
  /// round always gives the same bytes.
  static func noon(of round: Round) -> Date {
    let date = round.date.flatMap(ISODate.init) ?? ISODate(year: 2000, month: 1, day: 1)!
    return TableExport.noon(of: date)
  }
}
