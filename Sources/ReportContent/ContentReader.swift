import AtomicFolders
import Foundation
import ReportModel

/// Reads a whole `Content/` folder into a ``SiteContent`` (see ``readSite()`` in
/// `ContentReader+Reports.swift`), collecting every problem.
public struct ContentReader: Sendable {
  public let layout: ContentLayout

  /// Bytes of content files already read, by path as the layout spells it; a file not here is
  /// read from the disk.
  public let preloaded: [String: [UInt8]]

  /// Task files parsed by earlier reads in this process, reused while unchanged (see
  /// ``ContentCache``); nil reads every file.
  public let cache: ContentCache?

  /// Task files parsed by the last build, kept beside its output, taken while their bytes
  /// are the same (see ``ParsedTaskFiles``); nil parses every file.
  public let parsed: ParsedTaskFiles?

  public init(
    layout: ContentLayout, preloaded: [String: [UInt8]] = [:], cache: ContentCache? = nil,
    parsed: ParsedTaskFiles? = nil
  ) {
    self.layout = layout
    self.preloaded = preloaded
    self.cache = cache
    self.parsed = parsed
  }

  /// `site.yml` alone.
  public func readConfig() -> (SiteConfig?, [Diagnostic]) {
    readSettings(
      layout.siteFile, parse: SiteConfigFile.read,
      whenMissing: "run `report-site import REPORT.txt --content \(layout.root)` to create it, "
        + "or check the --content folder")
  }

  /// A settings file (site.yml, report.yml) at `path`, decoded and parsed by `parse`, with
  /// the decoder's warning; a missing file is an error with the note `whenMissing`.
  func readSettings<File>(
    _ path: String, parse: (String, String) -> (File?, [Diagnostic]), whenMissing: String
  ) -> (File?, [Diagnostic]) {
    switch ContentFiles.readText(path, preloaded: preloaded) {
    case .success(let read):
      let (file, diagnostics) = parse(read.text, path)
      return (file, (read.warning.map { [$0] } ?? []) + diagnostics)
    case .failure(.unreadable(let diagnostic)):
      return (nil, [diagnostic])
    case .failure(.missing):
      let name = path.split(separator: "/").last.map(String.init) ?? path
      return (
        nil,
        [
          .error(
            SourceLocation(path: path), "cannot read \(name): there is no such file",
            notes: [whenMissing])
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

  func readRounds(vocabulary: StatusVocabulary) -> ([Round], [Diagnostic]) {
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
    let preloaded = preloaded
    let readTask = { @Sendable (path: String) -> (task: KeyTask?, diagnostics: [Diagnostic]) in
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
    let (tasks, taskDiagnostics) = tasks(
      in: folder, names: taskNames, paths: taskPaths, read: readTask)
    diagnostics += taskDiagnostics
    guard var round = parsedRound else { return (nil, diagnostics) }
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
