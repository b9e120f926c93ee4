import Foundation
import ReportModel
import SiteOutput
import Testing

@testable import ReportSite

/// Rebuilds of a site of two reports: an edit of one report, of site.yml or of the theme is
/// built incrementally into one folder and from nothing into another, and both must hold the
/// same files byte for byte (see ``IncrementalBuildTests`` for one report).
@Suite struct IncrementalReportsTests {
  typealias Edit = IncrementalBuildTests.Edit

  /// The seed's two rounds as the 2020 report, and a 2021 report of one round whose tasks
  /// are the seed's first 30, reworded.
  static func twoReports() throws -> SiteContent {
    var first = try IncrementalBuildTests.twoRounds()
    first.id = ReportID("2020")!
    var second = try SiteFixture.report(baseURL: "https://example.gov.cn/r/")
    second.id = ReportID("2021")!
    second.config = first.config
    second.config.title = "2021年《政府工作报告》重点任务落实情况"
    second.rounds[0].id = RoundID("2021-06-30")!
    second.rounds[0].metadata = second.rounds[0].metadata.map { entry in
      entry.key == "生成日期" ? MetadataEntry(key: entry.key, value: "2021-06-30") : entry
    }
    second.rounds[0].tasks = Array(second.rounds[0].tasks.prefix(30)).map { task in
      var task = task
      task.text = "2021年：" + task.text
      return task
    }
    var site = SiteContent(config: first.config, reports: [first, second])
    site.config.title = "青云谱区《政府工作报告》重点任务落实情况"
    return site
  }

  @discardableResult
  static func build(_ site: SiteContent, into output: URL, templates: URL) throws
    -> SiteBuildSummary
  {
    try SiteBuilder(site: site, options: SiteBuildOptions(templates: templates, output: output))
      .build()
  }

  @Test func chainOfEditsAcrossReportsBuildsWhatAFullBuildBuilds() throws {
    let folder = try TemporaryFolder()
    let templates = try SiteFixture.copyTemplates(into: folder)
    var site = try Self.twoReports()
    var random = IncrementalBuildTests.SeededGenerator(state: 2021)
    let incremental = folder.url.appendingPathComponent("Incremental")
    try Self.build(site, into: incremental, templates: templates)
    var chain: [(report: Int, edit: Edit)] = [
      (0, .narrative), (1, .narrative), (1, .statusCategory), (0, .nothing), (1, .addTasks),
      (0, .earlierNarrative), (1, .deleteTasks), (0, .alias), (1, .newRound), (1, .narrative),
      (0, .taskTemplate), (1, .sectionTitle),
    ]
    chain += (0..<4).map { _ in
      (Int.random(in: 0...1, using: &random), Edit.allCases.randomElement(using: &random)!)
    }
    for (step, (which, edit)) in chain.enumerated() {
      var report = site.reports[which]
      try IncrementalBuildTests.apply(edit, to: &report, templates: templates, random: &random)
      site.reports[which] = report
      if edit == .alias {
        // site.yml is shared: every report and the site read the same units.
        site.config.units = report.config.units
        for index in site.reports.indices { site.reports[index].config.units = report.config.units }
      }
      try Self.build(site, into: incremental, templates: templates)
      let fresh = folder.url.appendingPathComponent("Fresh-\(step)")
      try Self.build(site, into: fresh, templates: templates)
      let (built, expected) = (try SiteFixture.tree(incremental), try SiteFixture.tree(fresh))
      let differing = Set(built.keys).union(expected.keys).filter { built[$0] != expected[$0] }
      #expect(
        differing.isEmpty,
        "step \(step) (report \(which), \(edit)): \(differing.sorted().prefix(10))")
      try FileManager.default.removeItem(at: fresh)
    }
  }

  /// An edit of one report leaves the other report's files as they were: kept, not rendered.
  @Test func editOfOneReportKeepsTheOthersFiles() throws {
    let folder = try TemporaryFolder()
    let templates = try SiteFixture.copyTemplates(into: folder)
    var site = try Self.twoReports()
    try Self.build(site, into: folder.output, templates: templates)
    let before = try SiteFixture.tree(folder.output)
    site.reports[1].rounds[0].tasks[2].narrative += "（更正）"
    let summary = try Self.build(site, into: folder.output, templates: templates)
    let after = try SiteFixture.tree(folder.output)
    let first = before.keys.filter { $0.hasPrefix("2020/") }
    #expect(!first.isEmpty)
    #expect(first.allSatisfy { before[$0] == after[$0] })
    #expect(summary.filesKept >= first.count)
  }
}
