/// Everything in `Content/`: site.yml and every report, ordered by their first round's date,
/// then id; the last is the latest.
public struct SiteContent: Hashable, Sendable {
  /// site.yml as written: ``SiteConfig/title`` is the site's (the column's) title.
  public var config: SiteConfig
  public var reports: [Report]

  public init(config: SiteConfig, reports: [Report]) {
    self.config = config
    self.reports = reports.sorted(by: Self.isOrdered)
  }

  /// A site of one report, with site.yml's title that report's.
  public init(report: Report) {
    self.init(config: report.config, reports: [report])
  }

  /// The report a site shows first and an import adds rounds to.
  public var latest: Report? { reports.last }

  /// The report of `id`, when there is one.
  public func report(_ id: ReportID) -> Report? { reports.first { $0.id == id } }

  /// Reports in site order: by the date of their first round, then by id.
  public static func isOrdered(_ first: Report, _ second: Report) -> Bool {
    let firstDate = first.rounds.first?.date ?? ""
    let secondDate = second.rounds.first?.date ?? ""
    return (firstDate, first.id) < (secondDate, second.id)
  }
}
