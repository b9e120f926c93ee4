import ArgumentParser
import ReportContent
import ReportModel
import ReportSite

extension ReportSiteCommand {
  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Validate Content/ and print every problem with its file and line.",
      discussion: "Exits with status 1 when there is an error; warnings alone exit 0.")

    @OptionGroup var options: ContentOptions
    @OptionGroup var strictness: StrictOption

    func run() throws {
      let (read, found, _, _) = CheckedContent.read(options.layout)
      let diagnostics = strictness.apply(found)
      DiagnosticPrinter.print(diagnostics)
      guard let site = read, !diagnostics.hasErrors else { throw ExitCode(1) }
      let rounds = site.reports.map(\.rounds.count).reduce(0, +)
      let tasks = site.reports.flatMap(\.rounds).map(\.tasks.count).reduce(0, +)
      let reports = site.reports.count == 1 ? "" : "\(site.reports.count) reports, "
      standardOutput(
        "\(options.layout.root): \(reports)\(rounds) round\(rounds == 1 ? "" : "s"), "
          + "\(tasks) tasks, no errors\n")
    }
  }
}
