import Foundation
import ReportModel

/// Writes rounds into a `Content/` folder: all of a round or nothing.
public struct ContentWriter: Sendable {
  public let layout: ContentLayout

  public init(layout: ContentLayout) {
    self.layout = layout
  }

  /// What `write` did.
  public struct Outcome: Sendable {
    public var roundFolder: String
    public var wroteSiteFile: Bool
    /// Where the round it replaced was moved, when `force` replaced one.
    public var previousKeptAt: String?
  }

  /// Writes `round` as `rounds/<id>/`. An existing round is replaced only with `force`, and then
  /// kept beside it as `.<id>.replaced-N`. When there is no site.yml, writes `config` as one.
  ///
  /// A round whose files were edited by hand since import wrote them is replaced only with
  /// `discardEdits`; otherwise the error lists the files import would overwrite.
  public func write(
    _ round: Round, config: SiteConfig, force: Bool, discardEdits: Bool = false
  ) throws -> Outcome {
    let fileManager = FileManager.default
    let target = layout.roundFolder(round.id)
    let exists = fileManager.fileExists(atPath: target)
    if exists && !force {
      throw ContentError(
        path: target, reason: "round \(round.id) already exists",
        note: "pass --force to replace it, or --round ID to import as another round")
    }
    let files = Self.files(of: round, units: config.units)
    if exists && !discardEdits { try refuseHandEdits(in: target, incoming: files) }
    try fileManager.createDirectory(atPath: layout.roundsFolder, withIntermediateDirectories: true)
    let staging = layout.roundsFolder + "/.\(round.id).incoming-\(getpid())"
    try? fileManager.removeItem(atPath: staging)
    do {
      try fileManager.createDirectory(atPath: staging, withIntermediateDirectories: false)
      var record = ImportRecord()
      for (name, text) in files {
        try write(text, to: staging + "/" + name)
        record.add(name, text: text)
      }
      try write(record.text, to: staging + "/" + ImportRecord.fileName)
    } catch {
      try? fileManager.removeItem(atPath: staging)
      throw error
    }
    var wroteSiteFile = false
    if !fileManager.fileExists(atPath: layout.siteFile) {
      try write(SiteConfigFile.text(for: config), to: layout.siteFile)
      wroteSiteFile = true
    }
    var keptAt: String?
    if exists {
      var counter = 1
      while fileManager.fileExists(
        atPath: layout.roundsFolder + "/.\(round.id).replaced-\(counter)")
      {
        counter += 1
      }
      keptAt = layout.roundsFolder + "/.\(round.id).replaced-\(counter)"
      try fileManager.moveItem(atPath: target, toPath: keptAt!)
    }
    try fileManager.moveItem(atPath: staging, toPath: target)
    return Outcome(roundFolder: target, wroteSiteFile: wroteSiteFile, previousKeptAt: keptAt)
  }

  /// The files of a round folder, by name, as import writes them.
  static func files(of round: Round, units: UnitDirectory) -> [(String, String)] {
    var files = [
      ("round.yml", RoundFile.text(for: round)),
      (PublishedNamesFile.name, PublishedNamesFile.text(for: round, units: units)),
    ]
    if let intro = round.intro { files.append(("intro.md", intro + "\n")) }
    for task in round.tasks {
      let section = round.section(task.section)
      let numeral = section?.numeral ?? String(task.section)
      let subNumeral = task.subsection.map { ChineseNumeral.text(for: $0) }
      files.append(
        (
          "\(task.number).md",
          TaskFile.text(for: task, sectionNumeral: numeral, subsectionNumeral: subNumeral)
        ))
    }
    return files
  }

  /// Throws, naming them, when files of the round in `folder` were edited by hand and the
  /// import of `incoming` would overwrite them.
  private func refuseHandEdits(in folder: String, incoming: [(String, String)]) throws {
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
    let edited = try record.handEdits(
      in: folder, incoming: Dictionary(incoming, uniquingKeysWith: { first, _ in first }))
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

  /// Writes `config` as a new site.yml and makes an empty `rounds/` folder (`report-site
  /// init`); refuses to replace a site.yml.
  public func writeNewSite(_ config: SiteConfig) throws {
    guard !FileManager.default.fileExists(atPath: layout.siteFile) else {
      throw ContentError(
        path: layout.siteFile, reason: "site.yml already exists",
        note: "edit it, or run init in an empty folder")
    }
    try FileManager.default.createDirectory(
      atPath: layout.roundsFolder, withIntermediateDirectories: true)
    try write(SiteConfigFile.text(for: config), to: layout.siteFile)
  }

  private func write(_ text: String, to path: String) throws {
    try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
  }
}
