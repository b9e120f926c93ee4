import AtomicFolders
import Foundation
import ReportModel

/// Writes rounds into a `Content/` folder: all of a round or nothing.
///
/// The whole round folder (every task file, `round.yml`, `intro.md`, and `site.yml` when there
/// is none yet) is written into a hidden staging folder inside `rounds/`
/// (`.<id>.incoming-<pid>`, marked by its file `.report-site-import`), synced to the disk at
/// once, then put in place with one rename (or, replacing a round, one atomic exchange). The
/// content reader never reads hidden folders, so a half-written round is never seen; what an
/// import killed midway leaves is removed by the next one (see ``removeLeftovers()``).
public struct ContentWriter: Sendable {
  public let layout: ContentLayout

  /// The file that marks a staging folder; it holds the staging folder's own name.
  static let markerName = ".report-site-import"

  public init(layout: ContentLayout) {
    self.layout = layout
  }

  /// What `write` did.
  public struct Outcome: Sendable {
    public var roundFolder: String
    public var wroteSiteFile: Bool
    /// Whether the round started a report (and `report.yml` was written).
    public var wroteReportFile: Bool = false
    /// Where the round it replaced was moved, when `force` replaced one.
    public var previousKeptAt: String?
    /// Rounds that an import killed while replacing them had left under a staging name, kept
    /// now as `.<id>.replaced-N` (see ``removeLeftovers()``).
    public var recovered: [String] = []
  }

  /// Writes `round` as `rounds/<id>/`, taking the content folder's lock for the time it takes
  /// (waiting for another import).
  public func write(
    _ round: Round, config: SiteConfig, force: Bool, discardEdits: Bool = false,
    reportTitle: String? = nil
  ) throws(ContentError) -> Outcome {
    let lock = try ContentLock(layout: layout, mode: .write, wait: true)
    defer { lock.release() }
    return try write(
      round, config: config, force: force, discardEdits: discardEdits, reportTitle: reportTitle,
      holding: lock)
  }

  /// Writes `round` as `rounds/<id>/`. An existing round is replaced only with `force`, and then
  /// kept beside it as `.<id>.replaced-N`. When there is no site.yml, writes `config` as one
  /// (before the round). `lock` is this folder's lock, held for writing.
  ///
  /// A round whose files were edited by hand since import wrote them is replaced only with
  /// `discardEdits`; otherwise the error lists the files import would overwrite.
  ///
  /// The round goes into the report ``ContentLayout/report`` names; when that report has no
  /// `report.yml` yet, one with `reportTitle` (default: site.yml's title) is put in place just
  /// before the round.
  public func write(
    _ round: Round, config: SiteConfig, force: Bool, discardEdits: Bool = false,
    reportTitle: String? = nil, holding lock: ContentLock
  ) throws(ContentError) -> Outcome {
    precondition(lock.mode == .write, "an import holds the content lock for writing")
    let target = layout.roundFolder(round.id)
    let exists = FolderCalls.kind(of: target) != .missing
    if exists && !force {
      throw ContentError(
        path: target, reason: "round \(round.id) already exists",
        note: "pass --force to replace it, or --round ID to import as another round")
    }
    let files = Self.files(of: round, units: config.units)
    if exists && !discardEdits { try refuseHandEdits(in: target, incoming: files) }
    do {
      try FileManager.default.createDirectory(
        atPath: layout.roundsFolder, withIntermediateDirectories: true)
    } catch {
      throw ContentError(path: layout.roundsFolder, reason: "cannot create the folder")
    }
    let recovered = try removeLeftovers()
    let staging = layout.roundsFolder + "/.\(round.id).incoming-\(getpid())"
    let writesSiteFile = FolderCalls.kind(of: layout.siteFile) == .missing
    let writesReportFile = FolderCalls.kind(of: layout.reportFile) == .missing
    do {
      try stage(files, config: writesSiteFile ? config : nil, in: staging)
      if writesReportFile {
        try create(
          staging + "/" + Self.stagedReportFile,
          text: ReportFile(title: reportTitle ?? config.title).text)
      }
    } catch {
      try? FolderRemoval.remove(staging, markerLast: Self.markerName)
      throw error
    }
    if writesSiteFile {
      try step("write", layout.siteFile) {
        try FolderCalls.rename(staging + "/" + Self.stagedSiteFile, to: layout.siteFile)
      }
    }
    if writesReportFile {
      try step("write", layout.reportFile) {
        try FolderCalls.rename(staging + "/" + Self.stagedReportFile, to: layout.reportFile)
      }
    }
    let keptAt = try install(staging, at: target, replacing: exists, id: round.id)
    // Installed: the marker has done its job. Left behind by a kill, it is harmless (hidden)
    // and removed by the next import.
    unlink(target + "/" + Self.markerName)
    try step("sync", layout.roundsFolder) { try FolderCalls.syncFolder(layout.roundsFolder) }
    if writesSiteFile {
      try step("sync", layout.root) { try FolderCalls.syncFolder(layout.root) }
    }
    if writesReportFile {
      try step("sync", layout.reportFolder) { try FolderCalls.syncFolder(layout.reportFolder) }
    }
    return Outcome(
      roundFolder: target, wroteSiteFile: writesSiteFile, wroteReportFile: writesReportFile,
      previousKeptAt: keptAt, recovered: recovered)
  }

  /// The name of the new site.yml inside the staging folder, until it is moved into place.
  static let stagedSiteFile = ".site.yml"
  /// The name of a new report.yml inside the staging folder, until it is moved into place.
  static let stagedReportFile = ".report.yml"

  /// Writes the round's files (with the record of what import wrote), and `config` as
  /// site.yml when given, into the new folder `staging`, marked first; then syncs them to the
  /// disk with one call.
  private func stage(_ files: [(String, String)], config: SiteConfig?, in staging: String)
    throws(ContentError)
  {
    try step("create", staging) { try FolderCalls.makeFolder(staging) }
    let name = String(staging.split(separator: "/").last ?? "")
    try create(staging + "/" + Self.markerName, text: name + "\n")
    if let config {
      try create(staging + "/" + Self.stagedSiteFile, text: SiteConfigFile.text(for: config))
    }
    var record = ImportRecord()
    for (name, text) in files { record.add(name, text: text) }
    try create(staging + "/" + ImportRecord.fileName, text: record.text)
    // Written on every core, a chunk of files at a time.
    let failures = parallelMap(Array(files.indices), chunkSize: 256) { index -> ContentError? in
      do throws(ContentError) {
        try create(staging + "/" + files[index].0, text: files[index].1)
        return nil
      } catch {
        return error
      }
    }
    if let failure = failures.lazy.compactMap({ $0 }).first { throw failure }
    try step("sync", staging) { try FolderCalls.syncFileSystem(containing: staging) }
  }

  /// Puts the staged round at `target`: one rename for a new round; for a replaced one, an
  /// atomic exchange, then the old round (now at the staging name) moved to
  /// `.<id>.replaced-N`, whose path is returned. Where the system cannot exchange, the old round
  /// is moved aside first and the new one renamed into its place.
  private func install(_ staging: String, at target: String, replacing: Bool, id: RoundID)
    throws(ContentError) -> String?
  {
    guard replacing else {
      try step("move the new round into place", target) {
        try FolderCalls.rename(staging, to: target)
      }
      return nil
    }
    let keptAt = keptName(for: id)
    var exchanged = false
    try step("exchange the new round with the old one", target) {
      exchanged = try FolderCalls.exchange(staging, target)
    }
    if exchanged {
      try step("keep the old round", keptAt) { try FolderCalls.rename(staging, to: keptAt) }
      return keptAt
    }
    try step("keep the old round", keptAt) { try FolderCalls.rename(target, to: keptAt) }
    try step("move the new round into place", target) {
      try FolderCalls.rename(staging, to: target)
    }
    return keptAt
  }

  /// `.<id>.replaced-N` in `rounds/`, the first N not taken.
  func keptName(for id: RoundID) -> String {
    var counter = 1
    while FolderCalls.kind(of: layout.roundsFolder + "/.\(id).replaced-\(counter)") != .missing {
      counter += 1
    }
    return layout.roundsFolder + "/.\(id).replaced-\(counter)"
  }

  private func create(_ path: String, text: String) throws(ContentError) {
    var text = text
    try step("write", path) {
      let failure = text.withUTF8 { bytes -> SystemCallError? in
        do throws(SystemCallError) {
          try FolderCalls.createFile(path, bytes: UnsafeRawBufferPointer(bytes))
          return nil
        } catch {
          return error
        }
      }
      if let failure { throw failure }
    }
  }

  /// Runs one system call on `path`, its failure a ``ContentError`` that names the step.
  func step(_ name: String, _ path: String, _ body: () throws -> Void) throws(ContentError) {
    do {
      try body()
    } catch {
      let failure = error as? SystemCallError
      throw ContentError(
        path: path, reason: "\(name): \(error)",
        note: failure?.isDiskFull == true
          ? "free space on the disk that holds \(layout.root) and import again"
          : nil)
    }
  }

  /// The files of a round folder, by name, as import writes them.
  static func files(of round: Round, units: UnitDirectory) -> [(String, String)] {
    var files = [
      ("round.yml", RoundFile.text(for: round)),
      (PublishedNamesFile.name, PublishedNamesFile.text(for: round, units: units)),
    ]
    if let intro = round.intro { files.append(("intro.md", intro + "\n")) }
    let numerals = Dictionary(
      round.sections.map { ($0.number, $0.numeral) }, uniquingKeysWith: { first, _ in first })
    // Each task's file depends on that task alone: written on every core.
    files += parallelMap(round.tasks, chunkSize: 256) { task in
      let numeral = numerals[task.section] ?? String(task.section)
      let subNumeral = task.subsection.map { ChineseNumeral.text(for: $0) }
      return (
        "\(task.number).md",
        TaskFile.text(for: task, sectionNumeral: numeral, subsectionNumeral: subNumeral)
      )
    }
    return files
  }

  /// Throws, naming them, when files of the round in `folder` were edited by hand and the
  /// import of `incoming` would overwrite them.
  private func refuseHandEdits(in folder: String, incoming: [(String, String)])
    throws(ContentError)
  {
    let note =
      "pass --discard-edits to replace them anyway (the old round is kept as a hidden folder "
      + "beside it), or carry the edits into the report text first"
    guard let record = ImportRecord.read(in: folder) else {
      throw ContentError(
        path: folder,
        reason: "cannot tell whether this round was edited by hand: it has no "
          + "\(ImportRecord.fileName) record (imported by an older report-site, or made by hand)",
        note: note)
    }
    let edited: [String]
    do {
      edited = try record.handEdits(
        in: folder, incoming: Dictionary(incoming, uniquingKeysWith: { first, _ in first }))
    } catch {
      throw ContentError(path: folder, reason: "cannot read the round's files: \(error)")
    }
    guard !edited.isEmpty else { return }
    let tasks = edited.filter { $0.hasSuffix(".md") && Int($0.dropLast(3)) != nil }
      .map { String($0.dropLast(3)) }
    var what =
      tasks.isEmpty ? "" : "task\(tasks.count == 1 ? "" : "s") " + tasks.joined(separator: ", ")
    let others = edited.filter { !($0.hasSuffix(".md") && Int($0.dropLast(3)) != nil) }
    if !others.isEmpty { what += (what.isEmpty ? "" : "; ") + others.joined(separator: ", ") }
    throw ContentError(
      path: folder,
      reason: "import would overwrite files edited by hand since the last import: \(what)",
      note: note)
  }

  /// Writes `config` as a new site.yml and makes an empty `reports/` folder (`report-site
  /// init`); refuses to replace a site.yml.
  public func writeNewSite(_ config: SiteConfig) throws {
    guard !FileManager.default.fileExists(atPath: layout.siteFile) else {
      throw ContentError(
        path: layout.siteFile, reason: "site.yml already exists",
        note: "edit it, or run init in an empty folder")
    }
    try FileManager.default.createDirectory(
      atPath: layout.reportsFolder, withIntermediateDirectories: true)
    try write(SiteConfigFile.text(for: config), to: layout.siteFile)
  }

  private func write(_ text: String, to path: String) throws {
    try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
  }
}
