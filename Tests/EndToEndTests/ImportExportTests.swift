import Foundation
import Testing

@Suite struct ImportExportCommands {
  @Test func importThenExportReproducesTheSeed() throws {
    let content = try temporaryFolder() + "/c"
    let imported = try ReportSiteBinary.run(["import", seedPath, "--content", content])
    #expect(imported.status == 0, "\(imported.stderr)")
    #expect(imported.output.contains("imported 78 tasks in 6 sections"))
    let exported = try ReportSiteBinary.run(["export", "--content", content])
    #expect(exported.status == 0)
    #expect(exported.stdout == FileManager.default.contents(atPath: seedPath))
    let checked = try ReportSiteBinary.run(["check", "--content", content])
    #expect(checked.status == 0, "\(checked.stderr)")
  }

  @Test func bomAndCRLFExportAsLF() throws {
    let folder = try temporaryFolder()
    let seed = try String(contentsOfFile: seedPath, encoding: .utf8)
    let windows = "\u{FEFF}" + seed.replacingOccurrences(of: "\n", with: "\r\n")
    try windows.write(toFile: folder + "/windows.txt", atomically: true, encoding: .utf8)
    let imported = try ReportSiteBinary.run(
      ["import", "windows.txt", "--content", "c"], in: folder)
    #expect(imported.status == 0, "\(imported.stderr)")
    let exported = try ReportSiteBinary.run(["export", "--content", "c"], in: folder)
    #expect(exported.output == seed)
  }

  @Test func aBrokenReportNamesEachLineAndWritesNothing() throws {
    let folder = try temporaryFolder()
    let broken = """
      生成日期: | 2021-06-30 |
      一、部分
      (一)小节
      1.任务一
      责任单位:区商务局
      贯彻落实情况:推进中。说明
      1.任务重复
      责任单位:区商务局
      贯彻落实情况:推进中。说明
      2.没有责任单位
      贯彻落实情况:推进中。说明
      3.没有标签
      责任单位:区商务局
      推进中。说明
      """
    try broken.write(toFile: folder + "/broken.txt", atomically: true, encoding: .utf8)
    // Into an existing Content/: it must stay byte-identical.
    let content = folder + "/Content"
    #expect(try ReportSiteBinary.run(["import", seedPath, "--content", content]).status == 0)
    let before = snapshot(content)
    let result = try ReportSiteBinary.run(
      ["import", "broken.txt", "--content", "Content"], in: folder)
    #expect(result.status != 0)
    #expect(result.stderr.contains("broken.txt:7:1: error: task number 1 appears twice"))
    #expect(result.stderr.contains("broken.txt:10:1: error: task 2 has no 责任单位 line"))
    #expect(
      result.stderr.contains(
        "broken.txt:14:1: error: status paragraph of task 3 has no 贯彻落实情况 label"))
    #expect(result.stderr.contains("nothing was written"))
    #expect(snapshot(content) == before)
    // Into a new folder: it must not be created.
    let fresh = try ReportSiteBinary.run(["import", "broken.txt", "--content", "New"], in: folder)
    #expect(fresh.status != 0)
    #expect(!FileManager.default.fileExists(atPath: folder + "/New"))
  }

  @Test func importRefusesToOverwriteARoundWithoutForce() throws {
    let content = try temporaryFolder() + "/c"
    #expect(try ReportSiteBinary.run(["import", seedPath, "--content", content]).status == 0)
    let again = try ReportSiteBinary.run(["import", seedPath, "--content", content])
    #expect(again.status != 0)
    #expect(again.stderr.contains("round 2020-12-16 already exists"))
    let forced = try ReportSiteBinary.run(["import", seedPath, "--content", content, "--force"])
    #expect(forced.status == 0, "\(forced.stderr)")
  }

  @Test func checkReportsAnUnknownStatusWithItsPlaceAndFix() throws {
    let folder = try temporaryFolder()
    #expect(
      try ReportSiteBinary.run(["import", seedPath, "--content", "Content"], in: folder).status == 0
    )
    let task = folder + "/Content/reports/2020/rounds/2020-12-16/17.md"
    let text = try String(contentsOfFile: task, encoding: .utf8)
    try text.replacingOccurrences(of: "status: 已完成\n", with: "status: 基本完成\n")
      .write(toFile: task, atomically: true, encoding: .utf8)
    let result = try ReportSiteBinary.run(["check"], in: folder)
    #expect(result.status == 1)
    #expect(
      result.stderr.contains(
        "Content/reports/2020/rounds/2020-12-16/17.md:8:9: error: unknown status \"基本完成\"\n"
          + "note: add it to statuses in Content/site.yml"))
  }

  @Test func theRepositoryContentPassesCheck() throws {
    let result = try ReportSiteBinary.run(["check"], in: repositoryRoot.path)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.output.contains("1 round, 78 tasks, no errors"))
  }
}

@Suite struct RawHTMLCheck {
  @Test func checkWarnsOfRawHTMLWithFileAndLine() throws {
    let content = try temporaryFolder() + "/c"
    let imported = try ReportSiteBinary.run(["import", seedPath, "--content", content])
    #expect(imported.status == 0, "\(imported.stderr)")
    let file = content + "/reports/2020/rounds/2020-12-16/5.md"
    let text = try String(contentsOfFile: file, encoding: .utf8)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    try (text + "\n另见<a href=\"x\">链接</a>。\n").write(
      toFile: file, atomically: true, encoding: .utf8)
    let checked = try ReportSiteBinary.run(["check", "--content", content])
    #expect(checked.status == 0, "\(checked.stderr)")
    // The appended line comes after the file's lines and a blank line.
    let line = lines.count + 1
    #expect(
      checked.stderr.contains(
        "reports/2020/rounds/2020-12-16/5.md:\(line):3: warning: raw HTML in the narrative of task 5"
      ),
      "\(checked.stderr)")
  }
}
