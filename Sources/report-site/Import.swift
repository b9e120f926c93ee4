import ArgumentParser
import Foundation
import ReportContent
import ReportModel
import ReportTable
import ReportText
import TextDecoding

extension ReportSiteCommand {
  struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Import a supervision report text into Content/ as a round of a report.",
      discussion: """
        Reads UTF-8 with or without BOM, UTF-16 with BOM and GB18030/GBK, LF or CRLF, half- or
        full-width punctuation. On any error nothing is written. One import at a time writes a
        content folder: a second one waits for the first (or, with --no-wait, stops). Example:
          report-site import 2020-12-16.txt
        """)

    @Argument(help: "The report text file, or a table: .csv, .xlsx or .docx.")
    var report: String

    @Option(help: "The round's id (default: the header's 生成日期, e.g. 2020-12-16).")
    var round: String?

    @Option(
      help: "The round's date, YYYY-MM-DD, for a report or table that states none (also its id).")
    var date: String?

    @Option(help: "The sheet (or Word table, 表1 …) to read (default: the first with a header row).")
    var sheet: String?

    @Flag(
      help: "Replace an existing round of the same id (the old one is kept as a hidden folder).")
    var force = false

    @Flag(help: "With --force, replace a round even where its files were edited by hand.")
    var discardEdits = false

    @Flag(help: "Stop with an error, instead of waiting, when another import is writing Content/.")
    var noWait = false

    @Option(
      name: .customLong("report"),
      help: """
        The report to add the round to, or to start (e.g. 2021). Default: the latest report \
        (refused when the tasks differ), or with no report yet one named by the year.
        """)
    var reportID: String?

    @OptionGroup var options: ContentOptions

    func run() throws {
      let layout = options.layout
      var roundID: RoundID?
      if let round {
        guard let id = RoundID(round) else {
          throw ValidationError(
            "--round \"\(round)\" is not a valid round id: use letters, digits, - _ and . only")
        }
        roundID = id
      }
      if let date {
        guard let day = ISODate(date), let id = RoundID(day.description) else {
          throw ValidationError("--date \"\(date)\" is not a date: write it as YYYY-MM-DD")
        }
        guard roundID == nil else {
          throw ValidationError("give either --date or --round, not both")
        }
        roundID = id
      }
      guard let data = FileManager.default.contents(atPath: report) else {
        throw ValidationError("cannot read \(report): no such file, or not readable")
      }
      if let format = TableFormat(path: report) {
        return try importTable(data, format: format, roundID: roundID)
      }
      let text: String
      switch TextDecoding.decode(Array(data)) {
      case .success(let decoded):
        text = decoded.text
        if decoded.encoding.isNoteworthy {
          standardOutput("\(report): read as \(decoded.encoding.rawValue)\n")
        }
      case .failure(let failure):
        standardError(
          "\(report):\(failure.line):1: error: \(failure.message)\nnote: \(failure.note)\n")
        throw ExitCode(1)
      }
      // Held from before site.yml is read until the round is in place.
      let lock = try lockContent(layout)
      defer { lock.release() }
      let (config, siteExists, source, settingsDiagnostics) = try siteSettings(layout)
      var diagnostics = settingsDiagnostics
      let parser = ReportTextParser(
        vocabulary: config.statuses, vocabularySource: source, labels: config.labels)
      let (parsed, parseDiagnostics) = parser.parse(text, path: report, roundID: roundID)
      diagnostics += parseDiagnostics
      guard let round = parsed else {
        DiagnosticPrinter.print(diagnostics)
        standardError("nothing was written to \(layout.root)\n")
        throw ExitCode(1)
      }
      try write(
        round, config: siteExists ? config : Self.starterConfig(for: round),
        diagnostics: diagnostics, layout: layout, lock: lock)
    }

    /// Writes a round that was read (checked against `config`; its warnings printed with
    /// `diagnostics`) all or nothing, under `lock`, then says what was written; `notes` are
    /// printed first (the encoding, the sheet read).
    func write(
      _ round: Round, config: SiteConfig, diagnostics: [Diagnostic], layout: ContentLayout,
      lock: ContentLock, notes: [String] = []
    ) throws {
      let diagnostics =
        diagnostics
        + ReportValidator(siteFile: layout.siteFile).validate(round, config: config)
        .filter { $0.severity == .warning }
      let (layout, newTitle) = try target(for: round, layout: layout)
      let outcome: ContentWriter.Outcome
      do {
        outcome = try ContentWriter(layout: layout).write(
          round, config: config, force: force, discardEdits: discardEdits, reportTitle: newTitle,
          holding: lock)
      } catch {
        DiagnosticPrinter.print(diagnostics)
        standardError(error.description + "\n")
        throw ExitCode(1)
      }
      DiagnosticPrinter.print(diagnostics)
      for note in notes { standardOutput(note + "\n") }
      let units = Set(round.tasks.flatMap(\.units)).count
      standardOutput(
        "imported \(round.tasks.count) tasks in \(round.sections.count) sections "
          + "(\(units) units) into \(outcome.roundFolder)\n")
      if outcome.wroteReportFile {
        standardOutput("wrote \(layout.reportFile): set the report's title there\n")
      }
      if outcome.wroteSiteFile {
        standardOutput(
          "wrote \(layout.siteFile): set the title, merge unit aliases, then run `report-site check`\n"
        )
      }
      if let kept = outcome.previousKeptAt {
        standardOutput("the round it replaced is kept at \(kept)\n")
      }
      for kept in outcome.recovered {
        standardOutput("a round that an interrupted import replaced is kept at \(kept)\n")
      }
    }

    /// What an import checks a report against: site.yml when it exists (its errors end the
    /// import), else an empty configuration with the standard statuses; and where a new status
    /// is to be declared (a site.yml that does not exist yet says how to make it).
    func siteSettings(_ layout: ContentLayout) throws -> (
      config: SiteConfig, exists: Bool, source: String, diagnostics: [Diagnostic]
    ) {
      guard FileManager.default.fileExists(atPath: layout.siteFile) else {
        let source =
          "\(layout.siteFile) (create it with the standard statuses from README.md, section "
          + "site.yml)"
        return (SiteConfig(title: ""), false, source, [])
      }
      let (read, diagnostics) = ContentReader(layout: layout).readConfig()
      guard let read else {
        DiagnosticPrinter.print(diagnostics)
        throw ExitCode(1)
      }
      return (read, true, layout.siteFile, diagnostics)
    }

    /// The content folder's lock for writing, waiting for another import unless --no-wait.
    func lockContent(_ layout: ContentLayout) throws -> ContentLock {
      do {
        return try ContentLock(layout: layout, mode: .write, wait: !noWait) { holder in
          standardError(
            "waiting for another import into \(layout.root)"
              + "\(holder.map { " (pid \($0))" } ?? "") to finish\n")
        }
      } catch {
        standardError(error.description + "\n")
        throw ExitCode(1)
      }
    }

    /// A site.yml for a new Content/: the standard statuses and every unit the round names.
    static func starterConfig(for round: Round) -> SiteConfig {
      var units = UnitDirectory()
      var seen = Set<String>()
      for task in round.tasks {
        for unit in task.units where seen.insert(unit.widthFolded).inserted {
          units.add(UnitDefinition(name: unit))
        }
      }
      let publisher = round.metadataValue("发布机构") ?? ""
      var place = publisher
      if place.hasSuffix("人民政府") { place.removeLast("人民政府".count) }
      return SiteConfig(
        title: place + "《政府工作报告》重点任务落实情况",
        publisher: publisher, statuses: .standard, units: units)
    }
  }
}
