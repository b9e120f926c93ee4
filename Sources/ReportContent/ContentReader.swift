import AtomicFolders
import Foundation
import ReportModel

/// Reads a whole `Content/` folder into a `Report`, collecting every problem.
public struct ContentReader: Sendable {
  public let layout: ContentLayout

  /// Bytes of content files already read, by path as the layout spells it; a file not here is
  /// read from the disk.
  public let preloaded: [String: [UInt8]]

  public init(layout: ContentLayout, preloaded: [String: [UInt8]] = [:]) {
    self.layout = layout
    self.preloaded = preloaded
  }

  /// Every report and every diagnostic, validation included; the site is nil on any error.
  public func readSite() -> (site: SiteContent?, diagnostics: [Diagnostic]) {
    let (config, configDiagnostics) = readConfig()
    var diagnostics = configDiagnostics
    if let refusal = rootLayoutRefusal() { return (nil, diagnostics + [refusal]) }
    let (ids, idDiagnostics) = listReports()
    diagnostics += idDiagnostics
    var reports: [Report] = []
    for id in ids {
      let reader = ContentReader(layout: layout.forReport(id), preloaded: preloaded)
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
      guard FolderCalls.kind(of: path) == .folder else { continue }
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
    switch ContentFiles.readText(layout.reportFile, preloaded: preloaded) {
    case .success(let read):
      let (file, diagnostics) = ReportFile.read(read.text, path: layout.reportFile)
      return (file, (read.warning.map { [$0] } ?? []) + diagnostics)
    case .failure(.unreadable(let diagnostic)):
      return (nil, [diagnostic])
    case .failure(.missing):
      return (
        nil,
        [
          .error(
            SourceLocation(path: layout.reportFile),
            "cannot read report.yml: there is no such file",
            notes: ["write `title: 2021年《政府工作报告》重点任务落实情况` into it"])
        ]
      )
    }
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
    diagnostics += ReportValidator(siteFile: layout.siteFile).validate(report)
    diagnostics += LookAlikeUnits(siteFile: layout.siteFile).check(report)
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

  /// `site.yml` alone.
  public func readConfig() -> (SiteConfig?, [Diagnostic]) {
    switch ContentFiles.readText(layout.siteFile, preloaded: preloaded) {
    case .success(let read):
      let (config, diagnostics) = SiteConfigFile.read(read.text, path: layout.siteFile)
      return (config, (read.warning.map { [$0] } ?? []) + diagnostics)
    case .failure(.unreadable(let diagnostic)):
      return (nil, [diagnostic])
    case .failure(.missing):
      return (
        nil,
        [
          .error(
            SourceLocation(path: layout.siteFile), "cannot read site.yml: there is no such file",
            notes: [
              "run `report-site import REPORT.txt --content \(layout.root)` to create it, "
                + "or check the --content folder"
            ])
        ]
      )
    }
  }

  /// The task file at `path` read from its bytes, as ``read()`` reads it: decoded (UTF-8, or
  /// UTF-16 or GB18030 with a warning), CRLF read as LF, the front matter and narrative parsed.
  public static func readTask(_ bytes: [UInt8], path: String) -> (KeyTask?, [Diagnostic]) {
    switch ContentText.decode(bytes, path: path) {
    case .success(let read):
      let (task, diagnostics) = TaskFile.read(read.text, path: path)
      return (task, (read.warning.map { [$0] } ?? []) + diagnostics)
    case .failure(.unreadable(let diagnostic)):
      return (nil, [diagnostic])
    case .failure(.missing):
      return (nil, [])
    }
  }

  /// The date of round `id` (see ``Round/date``) from its round.yml; nil when it cannot be read.
  public func roundDate(_ id: RoundID) -> String? {
    guard
      case .success(let read) = ContentFiles.readText(layout.roundFile(id), preloaded: preloaded)
    else { return nil }
    return RoundFile.read(read.text, path: layout.roundFile(id), id: id, intro: nil).0?.date
  }

  /// The ids of the rounds present, sorted.
  public func roundIDs() -> [RoundID] {
    let names =
      (try? FileManager.default.contentsOfDirectory(atPath: layout.roundsFolder)) ?? []
    return names.compactMap(RoundID.init).filter { id in
      var isFolder: ObjCBool = false
      return FileManager.default.fileExists(atPath: layout.roundFolder(id), isDirectory: &isFolder)
        && isFolder.boolValue
    }.sorted()
  }

  private func readRounds(vocabulary: StatusVocabulary) -> ([Round], [Diagnostic]) {
    var diagnostics: [Diagnostic] = []
    var names: [String] = []
    if FileManager.default.fileExists(atPath: layout.roundsFolder) {
      do {
        names = try FileManager.default.contentsOfDirectory(atPath: layout.roundsFolder)
      } catch {
        diagnostics.append(
          .error(
            SourceLocation(path: layout.roundsFolder), "cannot list the rounds",
            notes: ["check that it is a folder you may read"]))
      }
    }
    for name in names.sorted() where !name.hasPrefix(".") && FieldLength.isTooLong(name) {
      diagnostics.append(
        .error(
          SourceLocation(path: layout.roundsFolder + "/" + name),
          "round folder name \"\(name.prefix(20))…\" is \(name.count) characters long",
          notes: ["a round's id is at most \(FieldLength.maximum) characters, e.g. 2021-06-30"]))
    }
    for name in names.sorted() where !name.hasPrefix(".") && RoundID(name) == nil {
      diagnostics.append(
        .error(
          SourceLocation(path: layout.roundsFolder + "/" + name),
          "round folder name \"\(name)\" is not a valid round id",
          notes: ["use letters, digits, - _ and . only, e.g. 2021-06-30"]))
    }
    var rounds: [Round] = []
    for id in roundIDs() {
      let (round, roundDiagnostics) = readRound(id)
      diagnostics += roundDiagnostics
      if let round { rounds.append(round) }
    }
    return (rounds, diagnostics)
  }

  /// One round with its tasks, read in parallel.
  public func readRound(_ id: RoundID) -> (Round?, [Diagnostic]) {
    let roundPath = layout.roundFile(id)
    var fileDiagnostics: [Diagnostic] = []
    let roundText: String
    switch ContentFiles.readText(roundPath, preloaded: preloaded) {
    case .success(let read):
      roundText = read.text
      fileDiagnostics += read.warning.map { [$0] } ?? []
    case .failure(.unreadable(let diagnostic)):
      return (nil, [diagnostic])
    case .failure(.missing):
      return (
        nil,
        [
          .error(
            SourceLocation(path: roundPath), "cannot read round.yml: there is no such file",
            notes: ["every round folder needs a round.yml; re-import the round's report"])
        ]
      )
    }
    // A round without an intro has no intro.md; one that cannot be read is an error.
    var intro: String?
    switch ContentFiles.readText(layout.introFile(id), preloaded: preloaded) {
    case .success(let read):
      intro = ContentFiles.droppingFinalNewline(read.text)
      fileDiagnostics += read.warning.map { [$0] } ?? []
    case .failure(.unreadable(let diagnostic)):
      fileDiagnostics.append(diagnostic)
    case .failure(.missing):
      intro = nil
    }
    let (parsedRound, roundDiagnostics) = RoundFile.read(
      roundText, path: roundPath, id: id, intro: intro)
    var diagnostics = fileDiagnostics + roundDiagnostics
    let folder = layout.roundFolder(id)
    var names: [String] = []
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    } catch {
      diagnostics.append(
        .error(
          SourceLocation(path: folder), "cannot list the round's task files",
          notes: ["check that the folder exists and that you may read it"]))
    }
    var taskNames: [String] = []
    for name in names
    where !name.hasPrefix(".") && name != "round.yml" && name != "intro.md"
      && name != PublishedNamesFile.name
    {
      if name.hasSuffix(".md"), Int(name.dropLast(3)) != nil {
        taskNames.append(name)
      } else {
        diagnostics.append(
          .warning(
            SourceLocation(path: folder + "/" + name), "ignored: not a task file",
            notes: ["task files are named by their number, e.g. 17.md"]))
      }
    }
    let taskPaths = taskNames.map { folder + "/" + $0 }
    var results = parallelMap(taskPaths) { path -> (task: KeyTask?, diagnostics: [Diagnostic]) in
      switch ContentFiles.readText(path, preloaded: preloaded) {
      case .success(let read):
        let (task, diagnostics) = TaskFile.read(read.text, path: path)
        return (task, (read.warning.map { [$0] } ?? []) + diagnostics)
      case .failure(.unreadable(let diagnostic)):
        return (nil, [diagnostic])
      case .failure(.missing):
        return (nil, [.error(SourceLocation(path: path), "cannot read this file: it is gone")])
      }
    }
    var tasks: [KeyTask] = []
    tasks.reserveCapacity(results.count)
    for offset in results.indices {
      // Moved out of the results rather than copied: a task holds many references.
      var result: (task: KeyTask?, diagnostics: [Diagnostic]) = (nil, [])
      swap(&result, &results[offset])
      diagnostics += result.diagnostics
      guard let task = result.task else { continue }
      let name = taskNames[offset]
      if name != "\(task.number).md" {
        diagnostics.append(
          .warning(
            task.fieldLocations[.number] ?? SourceLocation(path: taskPaths[offset]),
            "task \(task.number) is in a file named \(name)",
            notes: ["rename the file to \(task.number).md so that it is easy to find"]))
      }
      tasks.append(task)
    }
    guard var round = parsedRound else { return (nil, diagnostics) }
    tasks.sort { $0.number < $1.number }
    round.tasks = tasks
    let publishedPath = folder + "/" + PublishedNamesFile.name
    if names.contains(PublishedNamesFile.name) {
      let text: String
      switch ContentFiles.readText(publishedPath, preloaded: preloaded) {
      case .success(let read):
        text = read.text
        diagnostics += read.warning.map { [$0] } ?? []
      case .failure(.unreadable(let diagnostic)):
        return (nil, diagnostics + [diagnostic])
      case .failure(.missing):
        return (
          nil,
          diagnostics + [
            .error(SourceLocation(path: publishedPath), "cannot read this file: it is gone")
          ]
        )
      }
      let (published, publishedDiagnostics) = PublishedNamesFile.read(text, path: publishedPath)
      diagnostics += publishedDiagnostics
      round.publishedUnitNames = published
    }
    return (round, diagnostics)
  }
}
