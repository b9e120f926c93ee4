import Foundation
import Testing

@testable import ReportModel
@testable import ReportSite

/// A status edit re-renders the task's own pages (in every round: their badges, histories and
/// deadlines read it) and the pages of lists, counts and changes, and keeps every other task's
/// page (see ``PageInputs/layout``): the site is the one a full build makes.
@Suite struct StatusEditTests {
  /// The pages rendered and the units made by a build of `report` into `output`.
  static func build(_ report: Report, into output: URL) throws -> (pages: Int, made: [String]) {
    let lines = ChangesPagesKeptTests.LogLines()
    let options = SiteBuildOptions(
      templates: SiteFixture.templates, output: output, verbose: true)
    _ = try SiteBuilder(report: report, options: options).build(log: lines.append)
    let rendered = try #require(lines.all.first { $0.hasPrefix("rendered ") })
    let pages = try #require(Int(rendered.dropFirst("rendered ".count).prefix { $0 != " " }))
    let made = lines.all.first { $0.hasPrefix("made again: ") }
    return (
      pages,
      made.map { $0.dropFirst("made again: ".count).split(separator: " ").map(String.init) } ?? []
    )
  }

  @Test func statusEditRendersItsTaskAndListsOnlyAsAFullBuildWould() throws {
    let folder = try TemporaryFolder()
    var report = try IncrementalBuildTests.twoRounds()
    report.rounds.append(
      IncrementalBuildTests.nextRound(after: report.rounds[1], id: "2021-06-30", advancing: 2))
    #expect(Set(report.rounds[0].tasks.map(\.section)).count > 1)
    let planned = "计划于2021年5月底前完成"
    report.config.statuses.add(StatusDefinition(label: planned, category: .inProgress))
    let output = folder.url.appendingPathComponent("Output")
    let full = try Self.build(report, into: output)
    let latest = report.rounds.count - 1
    // The latest round's task, a done task back to late and late to done; the first round's,
    // a status that plans a date (the later rounds' deadlines read it).
    let edits: [(round: Int, task: Int, status: (String) -> String)] = [
      (latest, 1, { $0 == "已完成" ? "进度滞后" : "已完成" }),
      (latest, 0, { $0 == "已完成" ? "进度滞后" : "已完成" }),
      (0, 2, { _ in planned }),
    ]
    for edit in edits {
      let task = report.rounds[edit.round].tasks[edit.task]
      report.rounds[edit.round].tasks[edit.task].status = edit.status(task.status)
      let (pages, made) = try Self.build(report, into: output)
      // Of the task pages, only those of the edited task's number are made again.
      let taskPages = made.filter { $0.contains("tasks/") }
      #expect(!taskPages.isEmpty)
      #expect(taskPages.allSatisfy { $0.hasSuffix("tasks/\(task.number).html") }, "\(taskPages)")
      #expect(pages > 0 && pages < full.pages, "\(pages) of \(full.pages)")
      // Of the latest round's badges (two pieces here) only the edited task's piece, with the
      // rounds, changes and feed.
      let others = made.filter { $0.contains(":others-") }
      #expect(!others.isEmpty && others.count <= 2, "\(others)")
      let differing = try SiteFixture.differencesFromAFullBuild(
        of: report, in: output, fresh: folder.url.appendingPathComponent("Fresh"))
      #expect(differing.isEmpty, "\(differing.prefix(10))")
    }
  }
}
