import Foundation
import Testing

/// Reports by year (issue 11): a second year's report beside the first, migration of a
/// one-report Content/, and the refusals of import.
@Suite struct ReportsByYear {
  /// A report text of our own, in the seed's layout, with three tasks unlike the seed's.
  let secondYear = repositoryRoot.appendingPathComponent(
    "Tests/ReportTextTests/Fixtures/report-2021.txt"
  ).path
  let templates = repositoryRoot.appendingPathComponent("Templates").path

  func build(_ folder: String, output: String = "Output") throws {
    let built = try ReportSiteBinary.run(
      ["build", "--templates", templates, "--output", output], in: folder)
    try #require(built.status == 0, "\(built.stderr)")
  }

  func text(_ folder: String, _ path: String) throws -> String {
    try String(contentsOfFile: folder + "/" + path, encoding: .utf8)
  }

  @Test func aSecondReportLeavesTheFirstSiteAsItWas() throws {
    let folder = try temporaryFolder()
    let first = try ReportSiteBinary.run(["import", seedPath], in: folder)
    try #require(first.status == 0, "\(first.stderr)")
    #expect(first.output.contains("starting report 2020 (the year of the round's date 2020-12-16"))
    try build(folder)
    let before = snapshot(folder + "/Output")

    // Without --report, a report whose tasks are not the latest report's is refused.
    let refused = try ReportSiteBinary.run(["import", secondYear], in: folder)
    #expect(refused.status == 1)
    #expect(
      refused.stderr.contains(
        "report-2021.txt: error: this is not a round of report 2020: only 0 of its 3 task "
          + "numbers have the text of that task in round 2020-12-16"))
    #expect(refused.stderr.contains("import it with --report 2021"))
    #expect(!FileManager.default.fileExists(atPath: folder + "/Content/reports/2021"))

    let second = try ReportSiteBinary.run(["import", secondYear, "--report", "2021"], in: folder)
    try #require(second.status == 0, "\(second.stderr)")
    // A later round of 2020 without --report: refused, with the advice to add it to 2020.
    let laterRound = try ReportSiteBinary.run(
      ["import", seedPath, "--round", "2021-01-31"], in: folder)
    #expect(laterRound.status == 1)
    #expect(laterRound.stderr.contains("to add it to report 2020, import it with --report 2020"))
    // Export writes the latest report's round, or the one --report names, as imported.
    let latest = try ReportSiteBinary.run(["export"], in: folder)
    #expect(latest.stdout == FileManager.default.contents(atPath: secondYear))
    let earlier = try ReportSiteBinary.run(["export", "--report", "2020"], in: folder)
    #expect(earlier.stdout == FileManager.default.contents(atPath: seedPath))
    #expect(try ReportSiteBinary.run(["export", "--report", "2019"], in: folder).status == 64)
    try build(folder)
    let after = snapshot(folder + "/Output")

    // Every file of the first site is still there; the first report's are the same bytes.
    for path in before.keys where path != ".report-site" {
      #expect(after[path] != nil, "\(path) is gone")
      if path.hasPrefix("2020/") { #expect(after[path] == before[path], "\(path) changed") }
    }
    #expect(before.keys.contains { $0.hasPrefix("2020/tasks/") })
    // Both reports have complete sites.
    for report in ["2020", "2021"] {
      for page in ["index.html", "tasks/index.html", "units/index.html", "status/index.html"] {
        #expect(after[report + "/" + page] != nil, "\(report)/\(page)")
      }
      for file in ["data.json", "tasks.csv", "feed.xml", "tasks/1.html", "badges/1.svg"] {
        #expect(after[report + "/" + file] != nil, "\(report)/\(file)")
      }
    }
    // The front page leads to both, newest first.
    let front = try text(folder, "Output/index.html")
    let newer = try #require(front.range(of: "href=\"2021/index.html\""))
    let older = try #require(front.range(of: "href=\"2020/index.html\""))
    #expect(newer.lowerBound < older.lowerBound)
    // A unit of both years: its page lists its tasks of each, grouped by report.
    let unit = try text(folder, "Output/units/qu-min-zheng-ju.html")
    #expect(unit.contains("href=\"../2020/tasks/44.html\""))
    #expect(unit.contains("href=\"../2021/tasks/3.html\""))
    #expect(try #require(unit.range(of: "2021年")).lowerBound < unit.range(of: "2020年")!.lowerBound)
    // 2021's task 1 has no 2020 history.
    let task = try text(folder, "Output/2021/tasks/1.html")
    #expect(task.contains("开工建设城南物流园一期工程"))
    #expect(!task.contains("2020-12-16"))
    let data = try #require(
      try JSONSerialization.jsonObject(with: after["2021/data.json"] ?? Data()) as? [String: Any])
    let tasks = try #require(data["tasks"] as? [[String: Any]])
    #expect((tasks.first?["history"] as? [Any])?.count == 1)
    // The root's data.json is the latest report's, with every report listed.
    let root = try #require(
      try JSONSerialization.jsonObject(with: after["data.json"] ?? Data()) as? [String: Any])
    #expect(root["round"] as? String == "2021-12-20")
    let reports = try #require(root["reports"] as? [[String: String]])
    #expect(reports.map { $0["url"] } == ["2020/data.json", "2021/data.json"])
    // The site's feed has every report's rounds, with ids of their own.
    let feed = try text(folder, "Output/feed.xml")
    #expect(feed.components(separatedBy: "<entry>").count - 1 == 2)
  }

  @Test func clashingReportIDsAreRefused() throws {
    let folder = try temporaryFolder()
    try #require(try ReportSiteBinary.run(["import", seedPath], in: folder).status == 0)
    let reserved = try ReportSiteBinary.run(
      ["import", secondYear, "--report", "units"], in: folder)
    #expect(reserved.status == 1)
    #expect(reserved.stderr.contains("report id units is a name the site uses itself"))
    let made = try ReportSiteBinary.run(["import", secondYear, "--report", "Y2021"], in: folder)
    try #require(made.status == 0, "\(made.stderr)")
    let twin = try ReportSiteBinary.run(
      ["import", secondYear, "--report", "y2021", "--round", "again"], in: folder)
    #expect(twin.status == 1)
    #expect(twin.stderr.contains("report y2021 would be a second report Y2021"))
    let invalid = try ReportSiteBinary.run(["import", secondYear, "--report", "20/21"], in: folder)
    #expect(invalid.status == 64)
  }

  @Test func migrateMovesARootLayoutAndKeepsItsAddresses() throws {
    let folder = try temporaryFolder()
    // A Content/ in the layout of one report, as report-site made it before reports.
    try #require(try ReportSiteBinary.run(["import", seedPath], in: folder).status == 0)
    let content = folder + "/Content"
    try FileManager.default.moveItem(
      atPath: content + "/reports/2020/rounds", toPath: content + "/rounds")
    try FileManager.default.removeItem(atPath: content + "/reports")
    let rounds = snapshot(content + "/rounds")
    let exported = try ReportSiteBinary.run(["export", "--content", "Content"], in: folder)
    #expect(exported.status == 1)

    for command in [["check"], ["build"], ["import", secondYear, "--report", "2021"]] {
      let refused = try ReportSiteBinary.run(command, in: folder)
      #expect(refused.status == 1, "\(command)")
      #expect(
        refused.stderr.contains(
          "Content/rounds: error: this folder holds rounds in the layout of one report"),
        "\(command)")
      #expect(refused.stderr.contains("run `report-site migrate --content Content`"), "\(command)")
    }
    #expect(!FileManager.default.fileExists(atPath: content + "/reports/2021"))

    let migrated = try ReportSiteBinary.run(["migrate"], in: folder)
    try #require(migrated.status == 0, "\(migrated.stderr)")
    #expect(migrated.output.contains("naming the report 2020"))
    #expect(!FileManager.default.fileExists(atPath: content + "/rounds"))
    #expect(snapshot(content + "/reports/2020/rounds") == rounds)
    let reportFile = try text(folder, "Content/reports/2020/report.yml")
    // The title is site.yml's, which the pages of the one report had.
    #expect(reportFile.contains("title: 青云谱区《政府工作报告》重点任务落实情况"))
    #expect(reportFile.contains("migratedFrom: root"))
    let export = try ReportSiteBinary.run(["export"], in: folder)
    #expect(export.status == 0)
    #expect(export.stdout == FileManager.default.contents(atPath: seedPath))
    let again = try ReportSiteBinary.run(["migrate"], in: folder)
    #expect(again.status == 1)

    // The former addresses lead to the pages now in 2020/; badges stay where they were.
    try build(folder)
    let site = snapshot(folder + "/Output")
    let redirect = try text(folder, "Output/tasks/17.html")
    #expect(
      redirect.contains("<meta http-equiv=\"refresh\" content=\"0; url=../2020/tasks/17.html\">"))
    #expect(redirect.contains("<a href=\"../2020/tasks/17.html\">"))
    #expect(site["sections/1.html"] != nil && site["status/done.html"] != nil)
    #expect(site["full/index.html"] != nil && site["tasks/index.html"] != nil)
    #expect(site["badges/17.svg"] != nil && site["badges/17.svg"] == site["2020/badges/17.svg"])
    #expect(try text(folder, "Output/index.html").contains("href=\"2020/index.html\""))
    #expect(!(try text(folder, "Output/units/index.html")).contains("页面已迁移"))
  }
}
