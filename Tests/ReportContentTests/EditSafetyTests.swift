import Foundation
import ReportModel
import Testing

@testable import ReportContent

@Suite struct EditSafety {
  let id = RoundID("2020-12-16")!

  @Test func forceRefusesToOverwriteHandEditsAndNamesTheTasks() throws {
    let layout = try seedContent()
    let round = try seedRound()
    let writer = ContentWriter(layout: layout)
    // Nothing edited: replaced without a word.
    _ = try writer.write(round, config: SiteConfig(title: "x"), force: true)
    try replace(in: layout.taskFile(id, number: 17), "。", with: "。(已核对)")
    try replace(
      in: layout.taskFile(id, number: 3), "\n---\n", with: "\n---\n| 表 | 格 |\n|---|---|\n")
    let error = try #require(
      throws: ContentError.self,
      performing: { try writer.write(round, config: SiteConfig(title: "x"), force: true) })
    #expect(
      error.reason
        == "import would overwrite files edited by hand since the last import: tasks 3, 17")
    #expect(error.note?.contains("--discard-edits") == true)
    let edited = try String(contentsOfFile: layout.taskFile(id, number: 17), encoding: .utf8)
    #expect(edited.contains("(已核对)"))
    _ = try writer.write(round, config: SiteConfig(title: "x"), force: true, discardEdits: true)
    let replaced = try String(contentsOfFile: layout.taskFile(id, number: 17), encoding: .utf8)
    #expect(!replaced.contains("(已核对)"))
  }

  @Test func anEditTheNewReportMakesTooIsNotInTheWay() throws {
    let layout = try seedContent()
    var round = try seedRound()
    let writer = ContentWriter(layout: layout)
    let index = try #require(round.tasks.firstIndex { $0.number == 5 })
    round.tasks[index].narrative += "补充说明。"
    // The office corrected the file by hand, and the corrected report says the same.
    let files = ContentWriter.files(of: round, units: UnitDirectory())
    let text = try #require(files.first { $0.0 == "5.md" }?.1)
    try text.write(toFile: layout.taskFile(id, number: 5), atomically: true, encoding: .utf8)
    _ = try writer.write(round, config: SiteConfig(title: "x"), force: true)
  }

  @Test func aRoundWithoutARecordIsNotReplacedBlindly() throws {
    let layout = try seedContent()
    try FileManager.default.removeItem(atPath: layout.roundFolder(id) + "/.imported")
    #expect(throws: ContentError.self) {
      try ContentWriter(layout: layout).write(
        try seedRound(), config: SiteConfig(title: "x"), force: true)
    }
  }
}

@Suite struct LookAlikes {
  @Test func abbreviationsAndParenthesesArePairedAndOthersAreNot() {
    let names = [
      "区人社局", "区商务局", "区人力资源和社会保障局", "区政府办(区外办)", "区政府办", "区教体局",
      "区卫生健康委", "市自然资源局青云谱分局", "区市场监管局", "区民政局", "区城管局",
      "区城市管理和综合执法局",
    ]
    let pairs = LookAlikeUnits.pairs(names).map { "\($0.0) \($0.1)" }
    #expect(
      pairs == [
        "区人社局 区人力资源和社会保障局", "区政府办(区外办) 区政府办", "区城管局 区城市管理和综合执法局",
      ])
  }

  @Test func checkWarnsWithTheAliasBlockToPaste() throws {
    let layout = try seedContent()
    try replace(
      in: layout.siteFile, "  - name: 区政府办\n    aliases:\n      - 区政府办(区外办)\n",
      with: "  - name: 区政府办\n  - name: 区政府办(区外办)\n")
    let (_, diagnostics) = ContentReader(layout: layout).read()
    let warning = try #require(diagnostics.first { $0.message.contains("look like one unit") })
    #expect(warning.severity == .warning)
    #expect(warning.location.path.hasSuffix("/2.md"))
    #expect(
      warning.message
        == "units \"区政府办(区外办)\" and \"区政府办\" look like one unit "
        + "(the same without the parenthesis)")
    #expect(
      warning.notes.first?.hasSuffix(
        "\n  - name: 区政府办\n    aliases:\n      - 区政府办(区外办)") == true)
  }
}
