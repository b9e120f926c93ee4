import Foundation
import Testing

@testable import ReportSite

/// A feed entry names at most 20 changes of a kind, in task order, with their units, and
/// counts the rest (``PageFactory/namedChanges(_:around:)``).
@Suite struct FeedSummaryTests {
  @Test func namesTwentyNewlyDoneTasksAndCountsThemAll() throws {
    let folder = try TemporaryFolder()
    let report = try TwoRounds.report { round in
      for index in round.tasks.indices { round.tasks[index].status = "已完成" }
    }
    try SiteFixture.build(report, into: folder.output)
    let changes = try SiteFixture.text(folder.output, "2020/changes/2020-12-16--2021-01-20.html")
    let done = changedNumbers(changes, kind: "newly-done")
    try #require(done.count > 20)
    let feed = try SiteFixture.text(folder.output, "2020/feed.xml")
    let start = try #require(feed.range(of: "新完成："))
    let sentence = feed[start.upperBound...].prefix { $0 != "。" }
    let named = sentence.components(separatedBy: "第 ").dropFirst().compactMap {
      Int($0.prefix { $0.isNumber })
    }
    #expect(named == Array(done.prefix(20)))
    #expect(sentence.hasSuffix("等 \(done.count) 项"))
    #expect(sentence.contains("项（"))
  }
}
