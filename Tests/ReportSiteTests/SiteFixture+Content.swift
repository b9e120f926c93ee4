import ReportContent
import Testing

extension SiteFixture {
  /// The seed written to a `Content/` folder in `folder`, as an import writes it.
  static func seedContent(in folder: TemporaryFolder) throws -> ContentLayout {
    let layout = ContentLayout(root: folder.url.path + "/Content")
    let report = try SiteFixture.report()
    _ = try ContentWriter(layout: layout).write(
      try #require(report.rounds.first), config: report.config, force: false)
    return layout
  }
}
