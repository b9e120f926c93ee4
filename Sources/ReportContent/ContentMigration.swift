import AtomicFolders
import Foundation
import ReportModel

/// `report-site migrate`: moves the rounds of a `Content/` folder in the layout of one report
/// (`Content/rounds/`) into a report (`Content/reports/<id>/rounds/`), with a `report.yml` that
/// names site.yml's title and records the move. It only moves and creates files.
///
/// All or nothing: `report.yml` is written into a hidden staging folder in `reports/` and put in
/// place as the report's folder with one rename; then `rounds/` is moved into it with one
/// rename. Killed before that, the old layout is still there (and refused by the other commands);
/// run again, migrate takes up the report folder it made.
public struct ContentMigration: Sendable {
  public let layout: ContentLayout

  public init(layout: ContentLayout) {
    self.layout = ContentLayout(root: layout.root)
  }

  /// The id the report gets without `--report`, and why (see
  /// ``ReportMatching/proposedID(for:)``): that of the first round, by date, then id.
  public func proposedID() -> Result<(id: ReportID, reason: String), ContentError> {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: layout.rootRoundsFolder)
    } catch {
      return .failure(
        ContentError(
          path: layout.rootRoundsFolder, reason: "cannot list the rounds",
          note: "check that it is a folder you may read"))
    }
    var first: Round?
    for name in names.sorted() {
      guard let id = RoundID(name) else { continue }
      let folder = layout.rootRoundsFolder + "/" + name
      guard case .success(let read) = ContentFiles.readText(folder + "/round.yml") else { continue }
      var intro: String?
      if case .success(let text) = ContentFiles.readText(folder + "/intro.md") {
        intro = text.text
      }
      guard let round = RoundFile.read(read.text, path: folder, id: id, intro: intro).0 else {
        continue
      }
      if let known = first, (known.date ?? "", known.id) <= (round.date ?? "", round.id) {
        continue
      }
      first = round
    }
    guard let first, let proposed = ReportMatching.proposedID(for: first) else {
      return .failure(
        ContentError(
          path: layout.rootRoundsFolder, reason: "cannot tell the report's year from its rounds",
          note: "name the report: report-site migrate --report 2020"))
    }
    return .success(proposed)
  }

  /// Moves `rounds/` into report `id`, whose `report.yml` gets `title`; `lock` is the folder's
  /// lock, held for writing. Returns the report's folder.
  public func migrate(to id: ReportID, title: String, holding lock: ContentLock)
    throws(ContentError) -> String
  {
    precondition(lock.mode == .write, "migrate holds the content lock for writing")
    guard FolderCalls.kind(of: layout.rootRoundsFolder) == .folder else {
      throw ContentError(
        path: layout.rootRoundsFolder, reason: "there is no rounds folder to migrate",
        note: "this content folder has the layout of reports already")
    }
    let report = layout.forReport(id)
    var others: [String] = []
    if FolderCalls.kind(of: layout.reportsFolder) != .missing {
      do {
        others = try FileManager.default.contentsOfDirectory(atPath: layout.reportsFolder)
      } catch {
        throw ContentError(
          path: layout.reportsFolder, reason: "cannot list the reports",
          note: "check that it is a folder you may read")
      }
    }
    for other in others
    where !other.hasPrefix(".") && other.lowercased() == id.rawValue.lowercased()
      && other != id.rawValue
    {
      throw ContentError(
        path: layout.reportsFolder + "/" + other,
        reason: "report \(other) differs from \(id) only in upper and lower case",
        note: "give another id with --report")
    }
    switch FolderCalls.kind(of: report.reportFolder) {
    case .missing:
      try step("create", layout.reportsFolder) {
        if FolderCalls.kind(of: layout.reportsFolder) == .missing {
          try FolderCalls.makeFolder(layout.reportsFolder)
        }
      }
      let staging = layout.reportsFolder + "/.\(id).migrating-\(getpid())"
      try step("create", staging) { try FolderCalls.makeFolder(staging) }
      var text = ReportFile(title: title, migratedFromRoot: true).text
      try step("write", staging + "/" + ReportFile.name) {
        try text.withUTF8 { bytes in
          try FolderCalls.createFile(
            staging + "/" + ReportFile.name, bytes: UnsafeRawBufferPointer(bytes))
        }
      }
      try step("sync", staging) { try FolderCalls.syncFolder(staging) }
      try step("move the report into place", report.reportFolder) {
        try FolderCalls.rename(staging, to: report.reportFolder)
      }
    case .folder:
      // Left by a migrate killed before it moved the rounds: report.yml alone.
      let names: [String]
      do {
        names = try FileManager.default.contentsOfDirectory(atPath: report.reportFolder)
      } catch {
        throw ContentError(
          path: report.reportFolder, reason: "cannot list the report's folder",
          note: "check that it is a folder you may read")
      }
      guard names == [ReportFile.name] else {
        throw ContentError(
          path: report.reportFolder, reason: "report \(id) already exists",
          note: "give another id with --report")
      }
    case .file, .other:
      throw ContentError(
        path: report.reportFolder, reason: "report \(id) is not a folder",
        note: "give another id with --report")
    }
    try step("move the rounds into the report", report.roundsFolder) {
      try FolderCalls.rename(layout.rootRoundsFolder, to: report.roundsFolder)
    }
    try step("sync", report.reportFolder) { try FolderCalls.syncFolder(report.reportFolder) }
    try step("sync", layout.root) { try FolderCalls.syncFolder(layout.root) }
    return report.reportFolder
  }

  private func step(_ name: String, _ path: String, _ body: () throws -> Void)
    throws(ContentError)
  {
    do {
      try body()
    } catch {
      throw ContentError(path: path, reason: "\(name): \(error)")
    }
  }
}
