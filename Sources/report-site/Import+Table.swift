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
    var (config, siteExists, source, diagnostics) = try siteSettings(layout)
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
    if !siteExists { config = Self.starterConfig(for: round) }
    diagnostics += ReportValidator(siteFile: layout.siteFile).validate(round, config: config)
      .filter { $0.severity == .warning }
    let written: ContentWriter.Outcome
    do {
      written = try ContentWriter(layout: layout).write(
        round, config: config, force: force, discardEdits: discardEdits, holding: lock)
    } catch {
      DiagnosticPrinter.print(diagnostics)
      standardError(error.description + "\n")
      throw ExitCode(1)
    }
    DiagnosticPrinter.print(diagnostics)
    if let encoding = document.encoding, encoding.isNoteworthy {
      standardOutput("\(report): read as \(encoding.rawValue)\n")
    }
    if let table = outcome.tableUsed {
      let names = document.tables.map(\.name).joined(separator: "、")
      standardOutput(
        "read \"\(table)\" of the \(document.tables.count) in \(report) (\(names)); "
          + "choose another with --sheet NAME\n")
    }
    let units = Set(round.tasks.flatMap(\.units)).count
    standardOutput(
      "imported \(round.tasks.count) tasks in \(round.sections.count) sections "
        + "(\(units) units) into \(written.roundFolder)\n")
    if written.wroteSiteFile {
      standardOutput(
        "wrote \(layout.siteFile): set the title, merge unit aliases, then run `report-site check`\n"
      )
    }
    if let kept = written.previousKeptAt {
      standardOutput("the round it replaced is kept at \(kept)\n")
    }
  }
}
