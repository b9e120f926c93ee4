import AtomicFolders
import Foundation
import ReportModel

/// The reports of a `Content/` folder: `reports/<id>/` with its `report.yml` and rounds.
extension ContentReader {
  /// Every report and every diagnostic, validation included; the site is nil on any error.
  public func readSite() -> (site: SiteContent?, diagnostics: [Diagnostic]) {
    cache?.startRead()
    defer { cache?.finishRead() }
    let (config, configDiagnostics) = readConfig()
    var diagnostics = configDiagnostics
    if let refusal = rootLayoutRefusal() { return (nil, diagnostics + [refusal]) }
    let (ids, idDiagnostics) = listReports()
    diagnostics += idDiagnostics
    var reports: [Report] = []
    for id in ids {
      let reader = ContentReader(
        layout: layout.forReport(id), preloaded: preloaded, cache: cache, parsed: parsed)
      let (report, reportDiagnostics) = reader.readReport(
        config: config, vocabulary: config?.statuses ?? .standard)
      diagnostics += reportDiagnostics
      if let report { reports.append(report) }
    }
    if ids.isEmpty && !diagnostics.hasErrors {
      diagnostics.append(
        .error(
          SourceLocation(path: layout.reportsFolder), "no reports",
          notes: ["import a report first: report-site import REPORT.txt"]))
    }
    guard let config, !diagnostics.hasErrors else { return (nil, diagnostics) }
    return (SiteContent(config: config, reports: reports), diagnostics)
  }

  /// The latest report (see ``readSite()``) and every diagnostic of the whole folder.
  public func read() -> (report: Report?, diagnostics: [Diagnostic]) {
    let (site, diagnostics) = readSite()
    return (site?.latest, diagnostics)
  }

  /// An error when the folder still has the layout of one report (`Content/rounds/`).
  public func rootLayoutRefusal() -> Diagnostic? {
    guard FolderCalls.kind(of: layout.rootRoundsFolder) != .missing else { return nil }
    return .error(
      SourceLocation(path: layout.rootRoundsFolder),
      "this folder holds rounds in the layout of one report; rounds now live in "
        + "\(layout.reportsFolder)/<id>/rounds/",
      notes: [
        "run `report-site migrate --content \(layout.root)` to move them (add `--report 2020` "
          + "to name the report); the site's former addresses keep working"
      ])
  }

  /// The ids of the report folders present, sorted, with an error for each folder name that
  /// is not an id and for ids equal but for case.
  public func listReports() -> ([ReportID], [Diagnostic]) {
    guard FolderCalls.kind(of: layout.reportsFolder) != .missing else { return ([], []) }
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: layout.reportsFolder).sorted()
    } catch {
      return (
        [],
        [
          .error(
            SourceLocation(path: layout.reportsFolder), "cannot list the reports",
            notes: ["check that it is a folder you may read"])
        ]
      )
    }
    var diagnostics: [Diagnostic] = []
    var ids: [ReportID] = []
    var folded: [String: ReportID] = [:]
    for name in names where !name.hasPrefix(".") {
      let path = layout.reportsFolder + "/" + name
      guard FolderCalls.kind(of: path) == .folder else {
        diagnostics.append(
          .warning(
            SourceLocation(path: path), "ignored: not a report folder",
            notes: ["reports/ holds one folder per report, e.g. reports/2021/"]))
        continue
      }
      guard let id = ReportID(name) else {
        diagnostics.append(
          .error(
            SourceLocation(path: path),
            "report folder name \"\(name.prefix(40))\" is not a valid report id",
            notes: ["use ASCII letters, digits and - only, at most 32, e.g. 2021"]))
        continue
      }
      if let other = folded[name.lowercased()] {
        diagnostics.append(
          .error(
            SourceLocation(path: path),
            "reports \(other) and \(id) differ only in upper and lower case",
            notes: ["on Windows, macOS and USB sticks they are one folder: rename one"]))
        continue
      }
      folded[name.lowercased()] = id
      ids.append(id)
    }
    return (ids, diagnostics)
  }

  /// The latest of the reports present (by their first round's date, then id, as
  /// ``SiteContent`` orders them) and its latest round's id, from the reports' round.yml files.
  public func latestReport() -> (id: ReportID, latestRound: RoundID?)? {
    var best: (key: (String, ReportID), rounds: [(String, RoundID)])?
    for id in listReports().0 {
      let reader = ContentReader(layout: layout.forReport(id), preloaded: preloaded)
      let rounds = reader.roundIDs().map { (reader.roundDate($0) ?? "", $0) }
      let key = (rounds.map(\.0).min() ?? "", id)
      if best.map({ $0.key < key }) ?? true { best = (key, rounds) }
    }
    guard let best else { return nil }
    return (best.key.1, best.rounds.max { $0 < $1 }?.1)
  }

  /// report.yml alone, of ``ContentLayout/report``.
  public func readReportFile() -> (ReportFile?, [Diagnostic]) {
    readSettings(
      layout.reportFile, parse: ReportFile.read,
      whenMissing: "write `title: 2021年《政府工作报告》重点任务落实情况` into it")
  }

  /// The report of ``ContentLayout/report``: report.yml and its rounds, validated against
  /// `config` (site.yml, whose title becomes the report's).
  func readReport(config: SiteConfig?, vocabulary: StatusVocabulary) -> (Report?, [Diagnostic]) {
    let (file, fileDiagnostics) = readReportFile()
    var diagnostics = fileDiagnostics
    let (rounds, roundDiagnostics) = readRounds(vocabulary: vocabulary)
    diagnostics += roundDiagnostics
    guard var config, let file, let id = layout.report else { return (nil, diagnostics) }
    config.title = file.title
    let report = Report(
      config: config, rounds: rounds, id: id, migratedFromRoot: file.migratedFromRoot)
    // The look-alike units (one pass, on one core) are found on another thread while the
    // rounds are validated (on every core); the diagnostics come in the same order.
    let siteFile = layout.siteFile
    let (lookAlike, validated) = concurrently(
      { LookAlikeUnits(siteFile: siteFile).check(report) },
      { ReportValidator(siteFile: siteFile).validate(report) })
    diagnostics += validated
    diagnostics += lookAlike
    if rounds.isEmpty {
      diagnostics.append(
        .error(
          SourceLocation(path: layout.roundsFolder), "no rounds",
          notes: [
            "import a report into it: report-site import REPORT.txt --report \(id)"
          ]))
    }
    return (diagnostics.hasErrors ? nil : report, diagnostics)
  }
}
