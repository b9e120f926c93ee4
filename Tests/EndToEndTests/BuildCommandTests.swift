import Foundation
import ReportModel
import ReportText
import Testing

@Suite struct BuildCommand {
  let templates = repositoryRoot.appendingPathComponent("Templates").path
  let secondRound = repositoryRoot.appendingPathComponent(
    "Tests/ReportSiteTests/Fixtures/round2-2021-01-20.txt"
  ).path

  @Test func buildsTheRepositoryContentAndAgreesWithTheSeed() throws {
    let output = try temporaryFolder() + "/Output"
    let result = try ReportSiteBinary.run(
      ["build", "--output", output, "--templates", templates], in: repositoryRoot.path)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.output.contains("pages"))
    let files = snapshot(output)
    #expect(
      files.keys.filter {
        $0.hasPrefix("2020/tasks/") && $0.hasSuffix(".html") && $0 != "2020/tasks/index.html"
      }
      .count == 78)
    #expect(files.keys.filter { $0.hasPrefix("2020/sections/") }.count == 6)
    #expect(
      files.keys.filter { $0.hasPrefix("2020/status/") && $0 != "2020/status/index.html" }.count
        == 6)
    // data.json says what the seed says, task by task.
    let seed = try String(contentsOfFile: seedPath, encoding: .utf8)
    let round = try #require(
      ReportTextParser(vocabulary: .standard).parse(seed, path: "seed").round)
    let json = try #require(
      try JSONSerialization.jsonObject(with: files["data.json"] ?? Data()) as? [String: Any])
    let tasks = try #require(json["tasks"] as? [[String: Any]])
    #expect(tasks.count == round.tasks.count)
    for (task, original) in zip(tasks, round.tasks) {
      #expect(task["number"] as? Int == original.number)
      #expect(task["section"] as? Int == original.section)
      #expect((task["subsection"] as? Int) == original.subsection)
      #expect(task["text"] as? String == original.text)
      #expect(task["unitsAsWritten"] as? [String] == original.units)
      #expect((task["status"] as? [String: String])?["label"] == original.status)
    }
    let merged = try #require(tasks.first { $0["number"] as? Int == 12 })
    #expect(merged["units"] as? [String] == ["区人力资源和社会保障局"])
  }

  @Test func aBrokenTemplateFailsNamingItAndLeavesOutputAsItWas() throws {
    let folder = try temporaryFolder()
    let output = folder + "/Output"
    let broken = folder + "/Templates"
    try FileManager.default.copyItem(atPath: templates, toPath: broken)
    let ok = try ReportSiteBinary.run(
      ["build", "--output", output, "--templates", broken], in: repositoryRoot.path)
    #expect(ok.status == 0, "\(ok.stderr)")
    let before = snapshot(output)
    let task = broken + "/task.mustache"
    let text = try String(contentsOfFile: task, encoding: .utf8)
    try text.replacingOccurrences(of: "{{text}}", with: "{{#text}}")
      .write(toFile: task, atomically: true, encoding: .utf8)
    let failed = try ReportSiteBinary.run(
      ["build", "--output", output, "--templates", broken], in: repositoryRoot.path)
    #expect(failed.status != 0)
    #expect(failed.stderr.contains("task.mustache"))
    #expect(failed.stderr.contains("is unchanged"))
    #expect(snapshot(output) == before)
  }

  @Test func aSecondRoundAddsHistoryChangesAndAFeed() throws {
    let folder = try temporaryFolder()
    for report in [seedPath, secondRound] {
      let imported = try ReportSiteBinary.run(
        ["import", report, "--content", "Content"], in: folder)
      #expect(imported.status == 0, "\(imported.stderr)")
    }
    let built = try ReportSiteBinary.run(
      ["build", "--templates", templates], in: folder)
    #expect(built.status == 0, "\(built.stderr)")
    let files = snapshot(folder + "/Output")
    let json = try #require(
      try JSONSerialization.jsonObject(with: files["data.json"] ?? Data()) as? [String: Any])
    #expect((json["rounds"] as? [Any])?.count == 2)
    #expect(files["2020/changes/2020-12-16--2021-01-20.html"] != nil)
    #expect(files["2020/rounds/2020-12-16/index.html"] != nil)
    #expect(files["feed.xml"] != nil)
  }

  @Test func invalidContentFailsWithItsPlaceAndWritesNothing() throws {
    let folder = try temporaryFolder()
    #expect(try ReportSiteBinary.run(["import", seedPath], in: folder).status == 0)
    let task = folder + "/Content/reports/2020/rounds/2020-12-16/3.md"
    let text = try String(contentsOfFile: task, encoding: .utf8)
    try text.replacingOccurrences(of: "status: 已完成并长期坚持", with: "status: 基本完成")
      .write(toFile: task, atomically: true, encoding: .utf8)
    let result = try ReportSiteBinary.run(["build", "--templates", templates], in: folder)
    #expect(result.status == 1)
    #expect(
      result.stderr.contains(
        "Content/reports/2020/rounds/2020-12-16/3.md:11:9: error: unknown status"))
    #expect(!FileManager.default.fileExists(atPath: folder + "/Output"))
  }
}
