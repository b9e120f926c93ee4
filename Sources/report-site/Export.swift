import ArgumentParser
import ReportContent
import ReportModel
import ReportText

extension ReportSiteCommand {
  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write a round back as report text or as a table (CSV, Excel).",
      discussion: """
        The text is the imported report as it was, with a BOM dropped and CRLF written as LF,
        plus any edits made in Content/. Example:
          report-site export --round 2020-12-16 > 2020-12-16.txt
          report-site export --format xlsx --output 2020-12-16.xlsx
        """)

    @Option(help: "The round (default: the latest).")
    var round: String?

    @Option(help: "The report (default: the latest).")
    var report: String?

    @Option(help: "text (the report text), csv or xlsx (a table with the round's columns).")
    var format: ExportFormat = .text

    @Option(help: "The file to write (default for text: standard output).")
    var output: String?

    @OptionGroup var options: ContentOptions

    func run() throws {
      let reader = ContentReader(layout: try reportLayout())
      let ids = reader.roundIDs()
      let id: RoundID
      if let round {
        guard let wanted = RoundID(round), ids.contains(wanted) else {
          throw ValidationError(
            "no round \"\(round)\" in \(reader.layout.roundsFolder); rounds: "
              + ids.map(\.rawValue).joined(separator: ", "))
        }
        id = wanted
      } else {
        guard let latest = ids.last else {
          throw ValidationError(
            "no rounds in \(reader.layout.roundsFolder); import a report first")
        }
        id = latest
      }
      let (read, diagnostics) = reader.readRound(id)
      guard let read, !diagnostics.hasErrors else {
        DiagnosticPrinter.print(diagnostics)
        throw ExitCode(1)
      }
      try write(read)
    }

    /// The layout of the report to export: `--report`, else the latest (by its first round's
    /// date, then id).
    func reportLayout() throws -> ContentLayout {
      let reader = ContentReader(layout: options.layout)
      if let refusal = reader.rootLayoutRefusal() {
        DiagnosticPrinter.print([refusal])
        throw ExitCode(1)
      }
      let ids = reader.listReports().0
      if let report {
        guard let id = ReportID(report), ids.contains(id) else {
          throw ValidationError(
            "no report \"\(report)\" in \(options.layout.reportsFolder); reports: "
              + ids.map(\.rawValue).joined(separator: ", "))
        }
        return options.layout.forReport(id)
      }
      guard let latest = reader.latestReport()?.id else {
        throw ValidationError(
          "no reports in \(options.layout.reportsFolder); import a report first")
      }
      return options.layout.forReport(latest)
    }
  }
}
