import Foundation
import ReportModel
import ReportText
import Testing

@testable import ReportSite

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The seed and a later report of the same tasks (Fixtures/round2-2021-01-20.txt): tasks 7, 9
/// and 10 newly done, 17 moved back, 22 reworded, 20 with a longer narrative, 14 past its
/// planned 年底 deadline.
enum TwoRounds {
  static func secondRound() throws -> Round {
    let url = try #require(
      Bundle.module.url(forResource: "Fixtures/round2-2021-01-20", withExtension: "txt"))
    let text = try String(contentsOf: url, encoding: .utf8)
    return try #require(ReportTextParser(vocabulary: .standard).parse(text, path: "r2.txt").round)
  }

  static func report(edit: (inout Round) -> Void = { _ in }) throws -> Report {
    let base = try SiteFixture.report()
    var second = try secondRound()
    edit(&second)
    return Report(config: base.config, rounds: base.rounds + [second], id: base.id)
  }
}

/// The task numbers listed in the section with id `h-<kind>` of a changes page.
func changedNumbers(_ html: String, kind: String) -> [Int] {
  guard let start = html.range(of: "<h2 id=\"h-\(kind)\">") else { return [] }
  let rest = html[start.upperBound...]
  let section = rest[..<(rest.range(of: "</section>")?.lowerBound ?? rest.endIndex)]
  return section.components(separatedBy: "<span class=\"task-number\">").dropFirst().compactMap {
    Int($0.prefix { $0.isNumber })
  }
}

@Suite struct Rounds {
  @Test func openDataHasBothRoundsHistoryAndChanges() throws {
    let folder = try TemporaryFolder()
    try SiteFixture.build(try TwoRounds.report(), into: folder.output)
    let data = try Data(contentsOf: folder.output.appendingPathComponent("2020/data.json"))
    let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let rounds = try #require(json["rounds"] as? [[String: Any]])
    #expect(rounds.map { $0["id"] as? String } == ["2020-12-16", "2021-01-20"])
    let tasks = try #require(json["tasks"] as? [[String: Any]])
    #expect(tasks.count == 78)
    for task in tasks {
      let history = try #require(task["history"] as? [[String: Any]])
      #expect(history.map { $0["round"] as? String } == ["2020-12-16", "2021-01-20"])
    }
    let changes = try #require(json["changes"] as? [[String: Any]])
    #expect(changes.map { $0["number"] as? Int } == [7, 9, 10, 17, 20, 22])
    #expect(
      changes.map { $0["kind"] as? String } == [
        "newly-done", "newly-done", "newly-done", "moved-backwards", "narrative-changed",
        "status-changed",
      ])
    #expect(tasks.filter { $0["overdue"] as? Bool == true }.map { $0["number"] as? Int } == [14])
  }

  @Test func changesPageListsExactlyTheStatusChangesWithBothBadges() throws {
    let folder = try TemporaryFolder()
    try SiteFixture.build(try TwoRounds.report(), into: folder.output)
    let html = try SiteFixture.text(folder.output, "2020/changes/2020-12-16--2021-01-20.html")
    #expect(changedNumbers(html, kind: "newly-done") == [7, 9, 10])
    #expect(changedNumbers(html, kind: "moved-backwards") == [17])
    #expect(changedNumbers(html, kind: "status-changed") == [22])
    #expect(changedNumbers(html, kind: "narrative-changed") == [20])
    #expect(changedNumbers(html, kind: "added").isEmpty)
    // Every listed task shows its status in both rounds, as badges with words.
    #expect(html.components(separatedBy: "<li class=\"change-item\">").count - 1 == 6)
    #expect(html.components(separatedBy: "class=\"badge badge-").count - 1 == 12)
    #expect(html.contains("<span class=\"badge-text\">已完成</span>"))
  }

  @Test func everyURLOfTheOneRoundSiteStillResolves() throws {
    let one = try TemporaryFolder()
    let two = try TemporaryFolder()
    try SiteFixture.build(try SiteFixture.report(), into: one.output)
    try SiteFixture.build(try TwoRounds.report(), into: two.output)
    let before = try SiteFixture.tree(one.output).keys.filter { !$0.hasPrefix(".") }
    let after = Set(try SiteFixture.tree(two.output).keys)
    #expect(before.count > 200)
    #expect(before.filter { !after.contains($0) }.isEmpty)
  }

  @Test func earlierRoundStaysReadableAndMarked() throws {
    let folder = try TemporaryFolder()
    try SiteFixture.build(try TwoRounds.report(), into: folder.output)
    let archived = try SiteFixture.text(folder.output, "2020/rounds/2020-12-16/tasks/17.html")
    #expect(archived.contains("archive-notice"))
    #expect(archived.contains("这是 2020-12-16 督查结果的存档页面"))
    #expect(archived.contains("<span class=\"badge-text\">已完成</span>"))
    #expect(archived.contains("href=\"../../../tasks/17.html\""))
    #expect(archived.contains("href=\"../../../../assets/site.css\""))
    for page in ["index.html", "sections/1.html", "units/index.html", "tasks/index.html"] {
      #expect(
        FileManager.default.fileExists(
          atPath: folder.output.appendingPathComponent("2020/rounds/2020-12-16/" + page).path))
    }
    let latest = try SiteFixture.text(folder.output, "2020/tasks/17.html")
    #expect(!latest.contains("archive-notice"))
  }

  @Test func taskPageShowsHistoryNewestFirstWithTheChangeMarked() throws {
    let folder = try TemporaryFolder()
    try SiteFixture.build(try TwoRounds.report(), into: folder.output)
    let html = try SiteFixture.text(folder.output, "2020/tasks/17.html")
    let history = try #require(html.range(of: "历次督查情况"))
    let rest = html[history.upperBound...]
    let newer = try #require(rest.range(of: "2021-01-20"))
    let older = try #require(rest.range(of: "2020-12-16"))
    #expect(newer.lowerBound < older.lowerBound)
    #expect(rest.contains("进度由</span>"))
    #expect(rest.contains("变为</span>"))
  }

  @Test func overdueTasksAreMarkedAndListed() throws {
    let folder = try TemporaryFolder()
    try SiteFixture.build(try TwoRounds.report(), into: folder.output)
    let task = try SiteFixture.text(folder.output, "2020/tasks/14.html")
    #expect(task.contains("2020-12-31"))
    #expect(task.contains("已逾期"))
    let home = try SiteFixture.text(folder.output, "2020/index.html")
    #expect(home.contains("已过完成期限、尚未完成的任务"))
    #expect(home.contains("href=\"tasks/14.html\""))
    // In the seed's own round the year had not ended: nothing is overdue.
    let oneRound = try TemporaryFolder()
    try SiteFixture.build(try SiteFixture.report(), into: oneRound.output)
    #expect(!(try SiteFixture.text(oneRound.output, "2020/index.html")).contains("已逾期"))
  }

  @Test func aRewordedTaskSaysSo() throws {
    let folder = try TemporaryFolder()
    let report = try TwoRounds.report { round in round.tasks[4].text = "新的任务表述。" }
    try SiteFixture.build(report, into: folder.output)
    let html = try SiteFixture.text(folder.output, "2020/tasks/5.html")
    #expect(html.contains("本项任务的表述与 2020-12-16 督查时不同"))
  }

  @Test func feedIsAtomWithOneEntryPerRoundAndStableIDs() throws {
    let first = try TemporaryFolder()
    let second = try TemporaryFolder()
    try SiteFixture.build(try TwoRounds.report(), into: first.output)
    try SiteFixture.build(try TwoRounds.report(), into: second.output)
    let feed = try Data(contentsOf: first.output.appendingPathComponent("2020/feed.xml"))
    #expect(feed == (try Data(contentsOf: second.output.appendingPathComponent("2020/feed.xml"))))
    let document = try XMLDocument(data: feed)
    let root = try #require(document.rootElement())
    #expect(root.name == "feed")
    #expect(root.uri == "http://www.w3.org/2005/Atom")
    let entries = root.elements(forName: "entry")
    #expect(entries.count == 2)
    let updated = entries.map { $0.elements(forName: "updated").first?.stringValue }
    #expect(updated == ["2021-01-20T00:00:00+08:00", "2020-12-16T00:00:00+08:00"])
    let ids = entries.compactMap { $0.elements(forName: "id").first?.stringValue }
    #expect(ids.count == 2 && ids.allSatisfy { $0.hasPrefix("urn:uuid:") } && Set(ids).count == 2)
    #expect(
      entries.first?.elements(forName: "link").first?.attributes?.first { $0.name == "href" }?
        .stringValue == "changes/2020-12-16--2021-01-20.html")
    // An entry's id does not change when a later round is added.
    let one = try TemporaryFolder()
    try SiteFixture.build(try SiteFixture.report(), into: one.output)
    let oneFeed = try XMLDocument(
      data: Data(contentsOf: one.output.appendingPathComponent("2020/feed.xml")))
    let firstID = oneFeed.rootElement()?.elements(forName: "entry").first?
      .elements(forName: "id").first?.stringValue
    #expect(firstID != nil)
    #expect(firstID == ids.last)
  }
}

@Suite struct ChangesNameUnits {
  @Test func changesPageAndFeedNameTheUnits() throws {
    let folder = try TemporaryFolder()
    try SiteFixture.build(try TwoRounds.report(), into: folder.output)
    let page = try SiteFixture.text(folder.output, "2020/changes/2020-12-16--2021-01-20.html")
    #expect(page.contains("<p class=\"task-meta\"><span class=\"meta-label\">责任单位：</span>"))
    let feed = try SiteFixture.text(folder.output, "2020/feed.xml")
    #expect(feed.contains("新完成：第 7 项（"))
    #expect(feed.contains("进度回退：第 17 项（"))
  }

  /// A report migrated from the root layout keeps the entry ids its one-report site had (of the
  /// title and the round); any other report's include its id, so that reports never share one.
  @Test func feedEntryIDsOfAMigratedReportAreThoseOfItsRootSite() throws {
    func entryIDs(_ report: Report) throws -> [String] {
      let folder = try TemporaryFolder()
      try SiteFixture.build(report, into: folder.output)
      let feed = try XMLDocument(
        data: Data(contentsOf: folder.output.appendingPathComponent("feed.xml")))
      return (feed.rootElement()?.elements(forName: "entry") ?? []).compactMap {
        $0.elements(forName: "id").first?.stringValue
      }
    }
    var migrated = try SiteFixture.report()
    migrated.migratedFromRoot = true
    let title = migrated.config.title
    #expect(try entryIDs(migrated) == [PageFactory.feedID(title, "2020-12-16")])
    let other = try entryIDs(try SiteFixture.report())
    #expect(other == [PageFactory.feedID(title, "2020/2020-12-16")])
    #expect(other != (try entryIDs(migrated)))
  }
}
