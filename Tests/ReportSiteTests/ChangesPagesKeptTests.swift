import Foundation
import Testing

@testable import ReportModel
@testable import ReportSite

/// The rounds, changes and feed pages, and the root's feed, read of the narratives only
/// whether each changed from one round to the next (see ``PageInputs/changes(_:)``): a
/// narrative edit that leaves that as it was keeps them (36 MB of changes pages at 10,000 tasks
/// × 4 rounds are not rendered again); one that changes it makes them again, as a full build
/// does.
@Suite struct ChangesPagesKeptTests {
  /// The units made by a build of `report` into `output`, from its verbose log.
  static func made(_ report: Report, into output: URL) throws -> [String] {
    let lines = LogLines()
    let options = SiteBuildOptions(
      templates: SiteFixture.templates, output: output, verbose: true)
    _ = try SiteBuilder(report: report, options: options).build(log: lines.append)
    let made = lines.all.first { $0.hasPrefix("made again: ") }
    return made.map { $0.dropFirst("made again: ".count).split(separator: " ").map(String.init) }
      ?? []
  }

  final class LogLines: @unchecked Sendable {
    private(set) var all: [String] = []
    func append(_ line: String) { all.append(line) }
  }

  @Test func narrativeEditKeepsTheChangesPagesUnlessAChangeComesOrGoes() throws {
    let folder = try TemporaryFolder()
    var report = try IncrementalBuildTests.twoRounds()
    let output = folder.url.appendingPathComponent("Output")
    try SiteFixture.build(report, into: output)
    let latest = report.rounds.count - 1
    let comparison = RoundComparison(
      from: report.rounds[0], to: report.rounds[latest], vocabulary: report.config.statuses)
    let changed = Set(comparison.changes.map(\.number))
    // A task already listed as changed (newly done), and one listed as unchanged.
    let listed = try #require(
      report.rounds[latest].tasks.firstIndex { changed.contains($0.number) })
    let unlisted = try #require(
      report.rounds[latest].tasks.firstIndex { !changed.contains($0.number) })
    for (task, remade) in [(listed, false), (unlisted, true)] {
      report.rounds[latest].tasks[task].narrative += "（补充）"
      let made = try Self.made(report, into: output)
      #expect(made.contains { $0.contains(":others-") } == remade, "\(made)")
      #expect(made.contains(":site-feed") == remade, "\(made)")
      let differing = try SiteFixture.differencesFromAFullBuild(
        of: report, in: output, fresh: folder.url.appendingPathComponent("Fresh"))
      #expect(differing.isEmpty, "\(differing.prefix(10))")
    }
  }
}
