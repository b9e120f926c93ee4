import ArgumentParser
import Foundation
import ReportContent
import ReportModel
import ReportTable

extension ReportSiteCommand.Import {
  /// Imports a table (.csv, .xlsx, .docx) through ReportTable: the same checks, writing and
  /// messages as a report text.
  func importTable(_ data: Data, format: TableFormat, roundID: RoundID?) throws {
    let layout = options.layout
    // `run` has checked that --date is a date.
    let wantedDate = date.flatMap(ISODate.init)
    let name = (report as NSString).lastPathComponent
    let document: TableDocument
    switch TableDocument.read(data, format: format, name: name) {
    case .success(let read):
      document = read
    case .failure(let error):
      DiagnosticPrinter.print([
        .error(SourceLocation(path: report, line: error.line), error.message, notes: [error.note])
      ])
      standardError("nothing was written to \(layout.root)\n")
      throw ExitCode(1)
    }
    // Held from before site.yml is read until the round is in place.
    let lock = try lockContent(layout)
    defer { lock.release() }
    let (config, siteExists, source, settingsDiagnostics) = try siteSettings(layout)
    var diagnostics = settingsDiagnostics
    let importer = TableImporter(
      labels: config.labels, vocabulary: config.statuses, configSource: source)
    let outcome = importer.read(document, path: report, sheet: sheet, date: wantedDate)
    diagnostics += outcome.diagnostics
    guard var round = outcome.round else {
      DiagnosticPrinter.print(diagnostics)
      standardError("nothing was written to \(layout.root)\n")
      throw ExitCode(1)
    }
    if let roundID { round.id = roundID }
    var notes: [String] = []
    if let encoding = document.encoding, encoding.isNoteworthy {
      notes.append("\(report): read as \(encoding.rawValue)")
    }
    if let table = outcome.tableUsed {
      let names = document.tables.map(\.name).joined(separator: "、")
      notes.append(
        "read \"\(table)\" of the \(document.tables.count) in \(report) (\(names)); "
          + "choose another with --sheet NAME")
    }
    try write(
      round, config: siteExists ? config : Self.starterConfig(for: round),
      diagnostics: diagnostics, layout: layout, lock: lock, notes: notes)
  }
}
