/// What `Content/site.yml` says: the site's name, its vocabularies and its options.
public struct SiteConfig: Hashable, Sendable {
  public var title: String
  public var publisher: String
  /// The absolute URL the site is served from, ending in `/`; enables sitemap.xml and
  /// canonical links.
  public var baseURL: String?
  public var statuses: StatusVocabulary
  public var units: UnitDirectory
  /// Lists longer than this are split into pages.
  public var pageSize: Int
  /// Which field each line label or column header of a report names.
  public var labels: FieldLabels = .builtIn
  /// What every page's footer says about who runs the site (主办单位, ICP备案号 …).
  public var identity: SiteIdentity
  /// Free settings for themes, in the order site.yml gives them.
  public var params: [SiteParam]

  public init(
    title: String, publisher: String = "", baseURL: String? = nil,
    statuses: StatusVocabulary = .standard, units: UnitDirectory = UnitDirectory(),
    pageSize: Int = 200, identity: SiteIdentity = SiteIdentity(), params: [SiteParam] = []
  ) {
    self.title = title
    self.publisher = publisher
    self.baseURL = baseURL
    self.statuses = statuses
    self.units = units
    self.pageSize = pageSize
    self.identity = identity
    self.params = params
  }
}

/// One report of `Content/reports/<id>/`: the site's configuration with the report's own title,
/// and its rounds, oldest first.
public struct Report: Hashable, Sendable {
  /// site.yml, with ``SiteConfig/title`` the report's own title (its `report.yml`).
  public var config: SiteConfig
  public var rounds: [Round]
  /// The report's folder name, in `Content/reports/` and in the site.
  public var id: ReportID
  /// Whether `report-site migrate` moved this report from the root layout (`Content/rounds/`),
  /// whose pages were at the site's root: the build then keeps those old addresses working.
  public var migratedFromRoot: Bool

  public init(
    config: SiteConfig, rounds: [Round], id: ReportID = .unnamed, migratedFromRoot: Bool = false
  ) {
    self.config = config
    self.rounds = rounds.sorted { ($0.date ?? "", $0.id) < ($1.date ?? "", $1.id) }
    self.id = id
    self.migratedFromRoot = migratedFromRoot
  }

  /// The newest round, the one the site shows by default.
  public var latest: Round? { rounds.last }
}
