import Foundation
import Testing

/// The report file itself: encodings, dates given on the command line, layouts into Content/.
@Suite struct TextImportCommands {
  /// `path` converted to GB18030 by the system's iconv, written beside it as `name`.
  func gb18030Copy(of path: String, in folder: String, name: String) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
    process.arguments = ["-f", "UTF-8", "-t", "GB18030", path]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    let target = folder + "/" + name
    try data.write(to: URL(fileURLWithPath: target))
    return target
  }

  @Test func aGB18030CopyOfTheSeedImportsToTheSameContent() throws {
    let folder = try temporaryFolder()
    let copy = try gb18030Copy(of: seedPath, in: folder, name: "seed-gbk.txt")
    #expect(
      FileManager.default.contents(atPath: copy) != FileManager.default.contents(atPath: seedPath))
    let utf8 = try ReportSiteBinary.run(["import", seedPath, "--content", folder + "/a"])
    #expect(utf8.status == 0, "\(utf8.stderr)")
    #expect(!utf8.output.contains("read as"))
    let gbk = try ReportSiteBinary.run(["import", copy, "--content", folder + "/b"])
    #expect(gbk.status == 0, "\(gbk.stderr)")
    #expect(gbk.output.contains("seed-gbk.txt: read as GB18030"))
    #expect(snapshot(folder + "/a") == snapshot(folder + "/b"))
    // site.yml, report.yml, round.yml, intro.md, 78 tasks, published.yml and .imported.
    #expect(snapshot(folder + "/a").count == 84)
  }

  @Test func aReportThatIsNoTextNamesItsLine() throws {
    let folder = try temporaryFolder()
    // Big5 bytes after a first line of ASCII.
    let bytes: [UInt8] =
      Array("line one\n".utf8) + [0xAC, 0x46, 0xA9, 0xB2, 0xA4, 0x75, 0xA7, 0x40, 0x0A]
    try Data(bytes).write(to: URL(fileURLWithPath: folder + "/big5.txt"))
    let result = try ReportSiteBinary.run(["import", "big5.txt", "--content", "c"], in: folder)
    #expect(result.status == 1)
    #expect(result.stderr.hasPrefix("big5.txt:2:1: error: "))
    #expect(result.stderr.contains("note: open the file in an editor"))
    #expect(!FileManager.default.fileExists(atPath: folder + "/c"))
  }

  @Test func dateFromTheCommandLineWhenTheHeaderHasNone() throws {
    let folder = try temporaryFolder()
    let text = "一、部分\n1.3.5G基站建设\n牵头单位:区工信局\n配合单位:区财政局\n分管领导:张某\n完成状态:推进中,计划11月底前完成\n进展情况:已建成120个。"
    try text.write(toFile: folder + "/r.txt", atomically: true, encoding: .utf8)
    let refused = try ReportSiteBinary.run(["import", "r.txt", "--content", "c"], in: folder)
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("r.txt:1:1: error: cannot tell which round this report is"))
    #expect(refused.stderr.contains("note: give the report's date with --date YYYY-MM-DD"))
    let dated = try ReportSiteBinary.run(
      ["import", "r.txt", "--date", "2021-06-30", "--content", "c"], in: folder)
    #expect(dated.status == 0, "\(dated.stderr)")
    let task = try String(
      contentsOfFile: folder + "/c/reports/2021/rounds/2021-06-30/1.md", encoding: .utf8)
    #expect(
      task == """
        ---
        number: 1
        section: 一
        task: 3.5G基站建设
        units:
          - 区工信局
          - 区财政局
        roles:
          - lead
          - co
        leaders:
          - 张某
        status: 推进中,计划11月底前完成
        ---
        已建成120个。

        """)
    let exported = try ReportSiteBinary.run(["export", "--content", "c"], in: folder)
    #expect(exported.status == 0)
    #expect(
      exported.output
        == "一、部分\n1.3.5G基站建设\n牵头单位:区工信局\n配合单位:区财政局\n分管领导:张某\n"
        + "贯彻落实情况:推进中,计划11月底前完成。已建成120个。")
    let checked = try ReportSiteBinary.run(["check", "--content", "c"], in: folder)
    #expect(checked.status == 0, "\(checked.stderr)")
    let bad = try ReportSiteBinary.run(
      ["import", "r.txt", "--date", "2021-13-01", "--content", "d"], in: folder)
    #expect(bad.status != 0)
  }
}

/// Roles, leaders and deadlines as written reach the site and its open data.
@Suite struct RolesOnTheSite {
  @Test func theTaskPageAndOpenDataShowRolesLeadersAndDeadlines() throws {
    let folder = try temporaryFolder()
    let fixture = repositoryRoot.appendingPathComponent(
      "Tests/ReportTextTests/Fixtures/layout-lead-co-leaders.txt"
    ).path
    let imported = try ReportSiteBinary.run(["import", fixture, "--content", "c"], in: folder)
    #expect(imported.status == 0, "\(imported.stderr)")
    let templates = repositoryRoot.appendingPathComponent("Templates").path
    let built = try ReportSiteBinary.run(
      ["build", "--content", "c", "--output", "o", "--templates", templates], in: folder)
    #expect(built.status == 0, "\(built.stderr)")
    let page = try String(contentsOfFile: folder + "/o/2021/tasks/2.html", encoding: .utf8)
    #expect(page.contains("市大数据局</a><span class=\"lead-mark\">（牵头）</span>"))
    #expect(page.contains("市财政局</a><span class=\"lead-mark\">（配合）</span>"))
    #expect(page.contains("<dt>分管领导</dt>\n      <dd>王某某、陈某</dd>"))
    #expect(page.contains("<dt>完成时限</dt>\n      <dd>长期坚持</dd>"))
    #expect(page.contains("<dt>备注</dt>\n      <dd>跨年度项目</dd>"))
    // Leaders are people: no unit page is made for them.
    let units = try FileManager.default.contentsOfDirectory(atPath: folder + "/o/units")
    #expect(units.count == 9)  // the 8 units of the report and the index
    let data = try String(contentsOfFile: folder + "/o/data.json", encoding: .utf8)
    #expect(data.contains("\"leaders\" : [\n        \"王某某\",\n        \"陈某\"\n      ],"))
    #expect(data.contains("\"roles\" : [\n        \"lead\",\n        \"co\"\n      ],"))
    #expect(data.contains("\"dueAsWritten\" : \"长期坚持\","))
    let csv = try String(contentsOfFile: folder + "/o/tasks.csv", encoding: .utf8)
    #expect(csv.contains(",市发改委、市统计局,王某某,2021年12月底,\r\n"))
  }
}
