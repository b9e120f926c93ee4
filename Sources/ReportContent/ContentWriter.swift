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
  public func write(_ round: Round, config: SiteConfig, force: Bool) throws -> Outcome {
    let fileManager = FileManager.default
    let target = layout.roundFolder(round.id)
    let exists = fileManager.fileExists(atPath: target)
    if exists && !force {
      throw ContentError(
        path: target, reason: "round \(round.id) already exists",
        note: "pass --force to replace it, or --round ID to import as another round")
    }
    try fileManager.createDirectory(atPath: layout.roundsFolder, withIntermediateDirectories: true)
    let staging = layout.roundsFolder + "/.\(round.id).incoming-\(getpid())"
    try? fileManager.removeItem(atPath: staging)
    do {
      try fileManager.createDirectory(atPath: staging, withIntermediateDirectories: false)
      try write(RoundFile.text(for: round), to: staging + "/round.yml")
      if let intro = round.intro { try write(intro + "\n", to: staging + "/intro.md") }
      for task in round.tasks {
        let section = round.section(task.section)
        let numeral = section?.numeral ?? String(task.section)
        let subNumeral = task.subsection.map { ChineseNumeral.text(for: $0) }
        try write(
          TaskFile.text(for: task, sectionNumeral: numeral, subsectionNumeral: subNumeral),
          to: staging + "/\(task.number).md")
      }
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
