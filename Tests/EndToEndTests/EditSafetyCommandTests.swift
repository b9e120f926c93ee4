import Foundation
import Testing

@Suite struct EditSafetyCommands {
  @Test func importForceListsHandEditsAndNeedsDiscardEdits() throws {
    let folder = try temporaryFolder()
    #expect(try ReportSiteBinary.run(["import", seedPath], in: folder).status == 0)
    let task = folder + "/Content/reports/2020/rounds/2020-12-16/17.md"
    let text = try String(contentsOfFile: task, encoding: .utf8)
    try (text + "\n| 指标 | 完成 |\n| --- | --- |\n| 1 | 2 |\n").write(
      toFile: task, atomically: true, encoding: .utf8)
    let refused = try ReportSiteBinary.run(["import", seedPath, "--force"], in: folder)
    #expect(refused.status == 1)
    #expect(
      refused.stderr.contains(
        "Content/reports/2020/rounds/2020-12-16: error: import would overwrite files edited by hand "
          + "since the last import: task 17\nnote: pass --discard-edits"), "\(refused.stderr)")
    #expect(try String(contentsOfFile: task, encoding: .utf8).contains("| 指标 | 完成 |"))
    let forced = try ReportSiteBinary.run(
      ["import", seedPath, "--force", "--discard-edits"], in: folder)
    #expect(forced.status == 0, "\(forced.stderr)")
    #expect(try String(contentsOfFile: task, encoding: .utf8) == text)
  }

  @Test func checkNamesLookAlikeUnitsWithTheBlockToPaste() throws {
    let folder = try temporaryFolder()
    #expect(try ReportSiteBinary.run(["import", seedPath], in: folder).status == 0)
    let checked = try ReportSiteBinary.run(["check"], in: folder)
    #expect(checked.status == 0)
    #expect(
      checked.stderr.contains(
        "warning: units \"区人社局\" and \"区人力资源和社会保障局\" look like one unit "
          + "(one looks like an abbreviation of the other)\n"
          + "note: if they are one unit, make \"区人社局\" an alias under `units:` in "
          + "Content/site.yml:\n  - name: 区人力资源和社会保障局\n    aliases:\n      - 区人社局\n"),
      "\(checked.stderr)")
    #expect(checked.stderr.contains("units \"区政府办(区外办)\" and \"区政府办\" look like one unit"))
  }
}
