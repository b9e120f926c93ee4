import ArgumentParser
import ReportContent
import ReportModel
import ReportSite

extension ReportSiteCommand.Import {
  /// Where a round goes: the report `--report` names (continued, or started), else the latest
  /// report when the round's tasks are that report's, else (no report yet) a new report named
  /// by the year the round states. Prints which report a new one is and why; refuses (exit 1)
  /// a round whose tasks are not the latest report's, and an id that clashes.
  func target(for round: Round, layout: ContentLayout) throws -> (
    layout: ContentLayout, newReportTitle: String?
  ) {
    let reader = ContentReader(layout: layout)
    if let refusal = reader.rootLayoutRefusal() { fail([refusal], layout) }
    let (ids, diagnostics) = reader.listReports()
    if diagnostics.hasErrors { fail(diagnostics, layout) }
    if let reportID {
      guard let id = ReportID(reportID) else {
        throw ValidationError(
          "--report \"\(reportID)\" is not a valid report id: use ASCII letters, digits and - "
            + "only, at most 32, e.g. 2021")
      }
      if ids.contains(id) { return (layout.forReport(id), nil) }
      try refuseClash(id, ids: ids, layout: layout)
      standardOutput("starting report \(id) (named by --report)\n")
      return (layout.forReport(id), Self.title(of: id))
    }
    guard let latest = latestReport(layout: layout) else {
      guard let proposed = ReportMatching.proposedID(for: round) else {
        fail(
          [
            .error(
              SourceLocation(path: report), "cannot tell which year this report is",
              notes: ["name its report: --report 2021"])
          ], layout)
      }
      try refuseClash(proposed.id, ids: ids, layout: layout)
      standardOutput(
        "starting report \(proposed.id) (\(proposed.reason); choose with --report ID)\n")
      return (layout.forReport(proposed.id), Self.title(of: proposed.id))
    }
    let (matching, total) = ReportMatching.matchingTasks(of: round, in: latest.round)
    guard matching * 2 >= total else {
      let proposed = ReportMatching.proposedID(for: round)?.id
      // A proposed id that is a report already is advice to add to it, not to start it.
      let advice =
        if let proposed, ids.contains(proposed) {
          "to add it to report \(proposed), import it with --report \(proposed); "
            + "to start a new report (a new year's tasks), name it with --report NEW-ID"
        } else {
          "to start a new report (a new year's tasks), import it with --report "
            + "\(proposed?.rawValue ?? "ID"); to add it to a report, name that report with --report"
        }
      fail(
        [
          .error(
            SourceLocation(path: report),
            "this is not a round of report \(latest.id): only \(matching) of its \(total) "
              + "task numbers have the text of that task in round \(latest.round.id)",
            notes: [advice])
        ], layout)
    }
    return (layout.forReport(latest.id), nil)
  }

  /// The latest report with its latest round read, when there is a report with a round.
  private func latestReport(layout: ContentLayout) -> (
    id: ReportID, round: Round
  )? {
    guard let (id, latest) = ContentReader(layout: layout).latestReport(), let latest else {
      return nil
    }
    let (round, diagnostics) = ContentReader(layout: layout.forReport(id)).readRound(latest)
    guard let round else { fail(diagnostics, layout) }
    return (id, round)
  }

  /// Refuses a new report id that the site uses itself, or that differs from an existing
  /// report's only in case.
  private func refuseClash(_ id: ReportID, ids: [ReportID], layout: ContentLayout) throws {
    if let other = ids.first(where: { $0.rawValue.lowercased() == id.rawValue.lowercased() }) {
      fail(
        [
          .error(
            SourceLocation(path: layout.reportsFolder + "/" + other.rawValue),
            "report \(id) would be a second report \(other) (ids equal but for case are one "
              + "folder on Windows and macOS)",
            notes: ["continue it with --report \(other), or give another id with --report"])
        ], layout)
    }
    if SitePathCheck.isReserved(reportID: id) {
      fail(
        [
          .error(
            SourceLocation(path: layout.reportsFolder + "/" + id.rawValue),
            "report id \(id) is a name the site uses itself (\(id)/ at the site's root)",
            notes: ["give another id with --report, e.g. 2021"])
        ], layout)
    }
  }

  /// The title of a new report: its year's 《政府工作报告》重点任务落实情况 when its id is a year.
  static func title(of id: ReportID) -> String {
    let isYear = id.rawValue.utf8.count == 4 && id.rawValue.allSatisfy(\.isNumber)
    return (isYear ? id.rawValue + "年" : id.rawValue + " ") + "《政府工作报告》重点任务落实情况"
  }

  private func fail(_ diagnostics: [Diagnostic], _ layout: ContentLayout) -> Never {
    DiagnosticPrinter.print(diagnostics)
    standardError("nothing was written to \(layout.root)\n")
    Self.exit(withError: ExitCode(1))
  }
}
