import ArgumentParser
import ReportContent
import ReportModel
import ReportSite

extension ReportSiteCommand {
  struct Migrate: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Move the rounds of a one-report Content/ (Content/rounds/) into a report.",
      discussion: """
        Moves Content/rounds/ to Content/reports/<id>/rounds/ and writes report.yml with
        site.yml's title. It only moves and creates files, all or nothing. The report's id is
        --report, else the year its title or intro states, else its first round's year. The
        site keeps the report's former addresses (tasks/17.html …) as pages that lead on.
        Example:
          report-site migrate --report 2020
        """)

    @Option(help: "The report's id (default: its year, e.g. 2020).")
    var report: String?

    @OptionGroup var options: ContentOptions

    func run() throws {
      let layout = options.layout
      let migration = ContentMigration(layout: layout)
      var wanted: ReportID?
      if let report {
        guard let id = ReportID(report) else {
          throw ValidationError(
            "--report \"\(report)\" is not a valid report id: use ASCII letters, digits and - "
              + "only, at most 32, e.g. 2020")
        }
        wanted = id
      }
      let lock: ContentLock
      do {
        lock = try ContentLock(layout: layout, mode: .write, wait: true) { holder in
          standardError(
            "waiting for another import into \(layout.root)"
              + "\(holder.map { " (pid \($0))" } ?? "") to finish\n")
        }
      } catch {
        standardError(error.description + "\n")
        throw ExitCode(1)
      }
      defer { lock.release() }
      let (config, diagnostics) = ContentReader(layout: layout).readConfig()
      guard let config else {
        DiagnosticPrinter.print(diagnostics)
        throw ExitCode(1)
      }
      let id: ReportID
      if let wanted {
        id = wanted
      } else {
        switch migration.proposedID() {
        case .success(let proposed):
          id = proposed.id
          standardOutput("naming the report \(id) (\(proposed.reason); choose with --report ID)\n")
        case .failure(let error):
          standardError(error.description + "\n")
          throw ExitCode(1)
        }
      }
      if SitePathCheck.isReserved(reportID: id) {
        standardError(
          "\(layout.reportsFolder)/\(id): error: report id \(id) is a name the site uses itself\n"
            + "note: give another id with --report, e.g. 2020\n")
        throw ExitCode(1)
      }
      do {
        let folder = try migration.migrate(to: id, title: config.title, holding: lock)
        standardOutput(
          "moved \(layout.rootRoundsFolder)/ to \(folder)/rounds/ and wrote \(folder)/report.yml\n")
      } catch {
        standardError(error.description + "\n")
        throw ExitCode(1)
      }
    }
  }
}
