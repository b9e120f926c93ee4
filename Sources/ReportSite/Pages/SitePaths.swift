import ReportModel
import SiteOutput

/// Where each kind of file lives under the output folder. Every path is ASCII.
enum SitePaths {
  static let home = "index.html"
  static let notFound = "404.html"
  static let tasks = "tasks/index.html"
  static let units = "units/index.html"
  static let statuses = "status/index.html"
  static let data = "data.json"
  static let csv = "tasks.csv"
  static let sitemap = "sitemap.xml"
  static let marker = OutputDirectory.markerName

  static let rounds = "rounds/index.html"
  static let changesIndex = "changes/index.html"
  static let feed = "feed.xml"
  static let filterIndex = "tasks/filter-index.js"
  /// The theme's assets (CSS, scripts, icons), copied from `Templates/assets/`.
  static let assets = "assets/"

  /// The full report (全文), and its sections' pages when it is split.
  static let full = "full/index.html"
  static func fullSection(_ number: Int) -> String { "full/\(number).html" }
  /// The search index's files (see ``SearchIndex``).
  static let searchFolder = "tasks/search/"

  /// Every file the site writes under a fixed name, and the folder of its assets.
  static let fixed = [
    home, notFound, tasks, units, statuses, data, csv, sitemap, marker, rounds, changesIndex,
    feed, filterIndex, assets, full, searchFolder,
  ]
  /// Every file the site writes at its root under a fixed name, and the folder of its assets:
  /// the front page, the units of every report, the open data of the latest.
  static let siteFixed = [
    home, notFound, units, data, csv, sitemap, marker, feed, assets,
  ]
  /// The folder of a report's pages.
  static func report(_ id: ReportID) -> String { id.rawValue + "/" }

  /// The folder of an earlier round's pages.
  static func archive(_ round: RoundID) -> String { "rounds/\(round.rawValue)/" }
  /// The changes from one round to the next.
  static func changes(from earlier: RoundID, to later: RoundID) -> String {
    "changes/\(earlier.rawValue)--\(later.rawValue).html"
  }

  static func section(_ number: Int) -> String { "sections/\(number).html" }
  static func task(_ number: Int) -> String { "tasks/\(number).html" }
  static func badge(_ number: Int) -> String { "badges/\(number).svg" }
  static func unit(_ slug: String) -> String { "units/\(slug).html" }
  static func status(_ category: StatusCategory) -> String { "status/\(category.rawValue).html" }

  /// The way from a page at `path` back to the site root: `""` or `../` per folder.
  static func root(of path: String) -> String {
    String(repeating: "../", count: path.utf8.count { $0 == UInt8(ascii: "/") })
  }
}
