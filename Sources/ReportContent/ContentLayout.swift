import ReportModel

/// Where things live in a `Content/` folder. Paths are strings as the user will see them:
/// the folder as given on the command line, then the file inside it.
public struct ContentLayout: Sendable {
  /// The content folder, as the user named it.
  public let root: String

  public init(root: String) {
    var root = root
    while root.count > 1, root.hasSuffix("/") { root.removeLast() }
    self.root = root
  }

  public var siteFile: String { root + "/site.yml" }
  public var roundsFolder: String { root + "/rounds" }

  public func roundFolder(_ id: RoundID) -> String { roundsFolder + "/" + id.rawValue }
  public func roundFile(_ id: RoundID) -> String { roundFolder(id) + "/round.yml" }
  public func introFile(_ id: RoundID) -> String { roundFolder(id) + "/intro.md" }
  public func taskFile(_ id: RoundID, number: Int) -> String {
    roundFolder(id) + "/\(number).md"
  }
}
