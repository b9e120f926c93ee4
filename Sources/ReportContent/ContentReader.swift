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

  /// The report and every diagnostic, validation included; the report is nil on any error.
  public func read() -> (report: Report?, diagnostics: [Diagnostic]) {
    let (config, configDiagnostics) = readConfig()
    var diagnostics = configDiagnostics
    let (rounds, roundDiagnostics) = readRounds(
      vocabulary: config?.statuses ?? .standard)
    diagnostics += roundDiagnostics
    guard let config else { return (nil, diagnostics) }
    let report = Report(config: config, rounds: rounds)
    diagnostics += ReportValidator(siteFile: layout.siteFile).validate(report)
    diagnostics += LookAlikeUnits(siteFile: layout.siteFile).check(report)
    if rounds.isEmpty {
      diagnostics.append(
        .error(
          SourceLocation(path: layout.roundsFolder), "no rounds",
          notes: ["import a report first: report-site import REPORT.txt"]))
    }
    return (diagnostics.hasErrors ? nil : report, diagnostics)
  }

  /// `site.yml` alone.
  public func readConfig() -> (SiteConfig?, [Diagnostic]) {
    guard let text = try? ContentFiles.readText(layout.siteFile, preloaded: preloaded) else {
      return (
        nil,
        [
          .error(
            SourceLocation(path: layout.siteFile), "cannot read site.yml",
            notes: [
              "run `report-site import REPORT.txt --content \(layout.root)` to create it, "
                + "or check the --content folder"
            ])
        ]
      )
    }
    return SiteConfigFile.read(text, path: layout.siteFile)
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
    let names =
      (try? FileManager.default.contentsOfDirectory(atPath: layout.roundsFolder)) ?? []
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
    guard let roundText = try? ContentFiles.readText(roundPath, preloaded: preloaded) else {
      return (
        nil,
        [
          .error(
            SourceLocation(path: roundPath), "cannot read round.yml",
            notes: ["every round folder needs a round.yml; re-import the round's report"])
        ]
      )
    }
    let intro = try? ContentFiles.readText(layout.introFile(id), preloaded: preloaded)
    let (parsedRound, roundDiagnostics) = RoundFile.read(
      roundText, path: roundPath, id: id, intro: intro.map(ContentFiles.droppingFinalNewline))
    var diagnostics = roundDiagnostics
    let folder = layout.roundFolder(id)
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
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
      guard let text = try? ContentFiles.readText(path, preloaded: preloaded) else {
        return (nil, [.error(SourceLocation(path: path), "cannot read this file as UTF-8 text")])
      }
      return TaskFile.read(text, path: path)
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
      guard let text = try? ContentFiles.readText(publishedPath, preloaded: preloaded) else {
        return (
          nil,
          diagnostics + [
            .error(SourceLocation(path: publishedPath), "cannot read this file as UTF-8 text")
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
