import ReportModel

/// Where things live in a `Content/` folder. Paths are strings as the user will see them:
/// the folder as given on the command line, then the file inside it.
///
/// A layout names the whole folder (``report`` nil) or one report in it
/// (`Content/reports/<id>/`), whose rounds its round paths then name.
public struct ContentLayout: Sendable {
  /// The content folder, as the user named it.
  public let root: String
  /// The report whose rounds the round paths name; nil names ``ReportModel/ReportID/unnamed``.
  public let report: ReportID?

  public init(root: String, report: ReportID? = nil) {
    var root = root
    while root.count > 1, root.hasSuffix("/") { root.removeLast() }
    self.root = root
    self.report = report
  }

  /// The same content folder, with the round paths in report `id`.
  public func forReport(_ id: ReportID) -> ContentLayout { ContentLayout(root: root, report: id) }

  public var siteFile: String { root + "/site.yml" }
  /// The folder of every report.
  public var reportsFolder: String { root + "/reports" }
  /// Where rounds lived before reports (`Content/rounds/`): a folder there is refused, with a
  /// note to run `report-site migrate`.
  public var rootRoundsFolder: String { root + "/rounds" }

  /// The folder of ``report`` (of the report named `report.yml`'s title and rounds).
  public var reportFolder: String {
    reportsFolder + "/" + (report ?? .unnamed).rawValue
  }
  public var reportFile: String { reportFolder + "/" + ReportFile.name }
  public var roundsFolder: String { reportFolder + "/rounds" }

  public func roundFolder(_ id: RoundID) -> String { roundsFolder + "/" + id.rawValue }
  public func roundFile(_ id: RoundID) -> String { roundFolder(id) + "/round.yml" }
  public func introFile(_ id: RoundID) -> String { roundFolder(id) + "/intro.md" }
  public func taskFile(_ id: RoundID, number: Int) -> String {
    roundFolder(id) + "/\(number).md"
  }
}
