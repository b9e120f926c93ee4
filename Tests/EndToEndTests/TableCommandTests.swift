import Foundation
import Testing

/// `import` of tables and `export --format`, run through the built binary.
@Suite struct TableCommandTests {
  func fixture(_ name: String) -> String {
    repositoryRoot.appendingPathComponent("Tests/ReportTableTests/Fixtures/" + name).path
  }

  /// The round folders of a Content/ by relative path.
  func rounds(_ content: String) -> [String: Data] {
    snapshot(content + "/reports")
  }

  @Test(arguments: [
    ("seed.xlsx", [String]()), ("seed.docx", []), ("lead-co-leaders.xlsx", []),
    ("two-periods.csv", ["--date", "2021-11-30"]), ("vmerge.docx", []), ("gbk.csv", []),
    ("multi-sheet.xlsx", []), ("category-column.xlsx", []), ("two-row-header.xlsx", []),
  ])
  func importExportImportGivesTheSameContent(name: String, extra: [String]) throws {
    let folder = try temporaryFolder()
    let first = try ReportSiteBinary.run(
      ["import", fixture(name), "--content", folder + "/a"] + extra)
    #expect(first.status == 0, "\(first.stderr)")
    #expect(rounds(folder + "/a").count > 2)
    for format in ["csv", "xlsx"] {
      let table = folder + "/out." + format
      let exported = try ReportSiteBinary.run(
        ["export", "--content", folder + "/a", "--format", format, "--output", table])
      #expect(exported.status == 0, "\(exported.stderr)")
      let again = try ReportSiteBinary.run(["import", table, "--content", folder + "/b-" + format])
      #expect(again.status == 0, "\(again.stderr)")
      #expect(rounds(folder + "/a") == rounds(folder + "/b-" + format), "\(name) via \(format)")
      let repeated = try ReportSiteBinary.run(
        ["export", "--content", folder + "/a", "--format", format, "--output", table + ".2"])
      #expect(repeated.status == 0)
      #expect(
        FileManager.default.contents(atPath: table)
          == FileManager.default.contents(atPath: table + ".2"))
    }
    let checked = try ReportSiteBinary.run(["check", "--content", folder + "/a"])
    #expect(checked.status == 0, "\(checked.stderr)")
  }

  @Test func messagesNameTheEncodingAndTheSheet() throws {
    let folder = try temporaryFolder()
    let gbk = try ReportSiteBinary.run(["import", fixture("gbk.csv"), "--content", folder + "/g"])
    #expect(gbk.output.contains("as GB18030"))
    #expect(gbk.output.contains("imported 2 tasks in 1 sections"))
    let sheets = try ReportSiteBinary.run(
      ["import", fixture("multi-sheet.xlsx"), "--content", folder + "/m"])
    #expect(sheets.output.contains("read \"1-11月\" of the 3 in"))
    #expect(sheets.output.contains("choose another with --sheet NAME"))
  }

  @Test func aTableWithoutADateNeedsDate() throws {
    let folder = try temporaryFolder()
    let content = folder + "/c"
    let result = try ReportSiteBinary.run([
      "import", fixture("two-periods.csv"), "--content", content,
    ])
    #expect(result.status == 1)
    #expect(
      result.stderr.contains("error: cannot tell which round this table is: it states no date"))
    #expect(result.stderr.contains("nothing was written"))
    #expect(!FileManager.default.fileExists(atPath: content))
    let bad = try ReportSiteBinary.run(
      ["import", fixture("two-periods.csv"), "--date", "2021/11/30", "--content", content])
    #expect(bad.status != 0)
    #expect(bad.stderr.contains("--date \"2021/11/30\" is not a date"))
  }

  @Test func exportNeedsAnOutputForTablesAndWritesText() throws {
    let folder = try temporaryFolder()
    let content = folder + "/c"
    #expect(try ReportSiteBinary.run(["import", seedPath, "--content", content]).status == 0)
    let missing = try ReportSiteBinary.run(["export", "--content", content, "--format", "xlsx"])
    #expect(missing.status != 0)
    #expect(missing.stderr.contains("--format xlsx needs --output FILE"))
    let text = try ReportSiteBinary.run(
      ["export", "--content", content, "--format", "text", "--output", folder + "/seed.txt"])
    #expect(text.status == 0)
    #expect(
      FileManager.default.contents(atPath: folder + "/seed.txt")
        == FileManager.default.contents(atPath: seedPath))
  }
}
