import Foundation
import ReportModel
import Testing

@testable import ReportText

/// The seed report, as shipped in Fixtures/.
func seedText() throws -> String {
  let url = try #require(Bundle.module.url(forResource: "Fixtures/seed", withExtension: "txt"))
  return try String(contentsOf: url, encoding: .utf8)
}

let parser = ReportTextParser(vocabulary: .standard)

func parseOK(_ text: String, id: String? = nil) throws -> Round {
  let (round, diagnostics) = parser.parse(
    text, path: "report.txt", roundID: id.flatMap(RoundID.init))
  #expect(!diagnostics.hasErrors, "\(diagnostics.map(\.description))")
  return try #require(round)
}

/// Rewrites the seed's half-width punctuation in its structure and text as full-width.
func fullWidth(_ text: String) -> String {
  var result = ""
  for character in text {
    switch character {
    case ":": result.append("：")
    case ",": result.append("，")
    case "(": result.append("（")
    case ")": result.append("）")
    case ";": result.append("；")
    default: result.append(character)
    }
  }
  return result
}

@Suite struct SeedImport {
  @Test func countsMatchTheSeed() throws {
    let round = try parseOK(try seedText())
    #expect(round.id.rawValue == "2020-12-16")
    #expect(round.sections.count == 6)
    #expect(round.sections.map(\.subsections.count).reduce(0, +) == 15)
    #expect(round.sections[5].subsections.isEmpty)
    #expect(round.tasks.count == 78)
    #expect(round.tasks.map(\.number) == Array(1...78))
    #expect(round.tasks.map(\.units.count).reduce(0, +) == 114)
    let statuses = Dictionary(grouping: round.tasks, by: \.status).mapValues(\.count)
    #expect(
      statuses == ["已完成并长期坚持": 44, "推进中": 29, "已完成": 4, "推进中,计划年底前完成": 1])
  }

  @Test func metadataKeepsOrderAndEmptyValues() throws {
    let round = try parseOK(try seedText())
    #expect(
      round.metadata.map(\.key) == ["索引号", "主题分类", "发布机构", "生成日期", "文件编号", "有效性", "公开范围", "公开方式"])
    #expect(round.metadataValue("索引号") == "s696131-9941-6224-3810")
    #expect(round.metadataValue("主题分类") == "")
    #expect(round.metadataValue("文件编号") == "")
    #expect(round.metadataValue("有效性") == "有效")
    #expect(round.metadataValue("发布机构") == "青云谱区人民政府")
    #expect(round.date == "2020-12-16")
  }

  @Test func taskFieldsAreSplitCorrectly() throws {
    let round = try parseOK(try seedText())
    let task14 = try #require(round.tasks.first { $0.number == 14 })
    #expect(task14.section == 2)
    #expect(task14.subsection == 1)
    #expect(task14.units == ["市自然资源局青云谱分局", "区投促局"])
    #expect(task14.status == "推进中,计划年底前完成")
    #expect(task14.narrative.hasPrefix("完成低效用地摸底工作"))
    let task2 = try #require(round.tasks.first { $0.number == 2 })
    #expect(task2.units == ["区卫生健康委", "区政府办(区外办)", "青云谱公安分局"])
    let task78 = try #require(round.tasks.first { $0.number == 78 })
    #expect(task78.section == 6)
    #expect(task78.subsection == nil)
    #expect(task78.text == "持续深化“五型”政府建设。")
  }

  @Test func seedNeedsNoSpellingExceptions() throws {
    let round = try parseOK(try seedText())
    #expect(round.style == .standard)
    #expect(round.headerWrittenAs == nil)
    #expect(round.tasks.allSatisfy { $0.writtenAs.isEmpty })
  }
}

@Suite struct RoundTrip {
  @Test func seedExportsByteForByte() throws {
    let text = try seedText()
    let round = try parseOK(text)
    #expect(ReportTextPrinter.text(for: round) == text)
    #expect(!text.hasSuffix("\n"))
  }

  @Test func bomAndCRLFImportTheSameAndExportAsLF() throws {
    let text = try seedText()
    let windows = "\u{FEFF}" + text.replacingOccurrences(of: "\n", with: "\r\n")
    let plain = try parseOK(text)
    let round = try parseOK(windows)
    #expect(round.tasks == plain.tasks)
    #expect(round.metadata == plain.metadata)
    #expect(ReportTextPrinter.text(for: round) == text)
  }

  @Test func fullWidthPunctuationImportsTheSameAndStaysFullWidth() throws {
    let text = try seedText()
    let wide = fullWidth(text)
    let plain = try parseOK(text)
    let round = try parseOK(wide)
    #expect(round.tasks.count == 78)
    // Units keep their written parentheses and resolve to the same unit.
    #expect(round.tasks.map { $0.units.map(\.widthFolded) } == plain.tasks.map(\.units))
    #expect(round.tasks[1].units[1] == "区政府办（区外办）")
    #expect(round.tasks.map(\.number) == plain.tasks.map(\.number))
    // The status keeps its written form but means the same.
    #expect(
      round.tasks.map { parser.vocabulary.definition(for: $0.status) }
        == plain.tasks.map { parser.vocabulary.definition(for: $0.status) })
    #expect(round.tasks.first { $0.number == 14 }?.status == "推进中，计划年底前完成")
    #expect(round.metadata == plain.metadata)
    #expect(round.style.colon == "：")
    #expect(round.style.openParenthesis == "（")
    #expect(ReportTextPrinter.text(for: round) == wide)
  }

  @Test(arguments: [
    "  1.任务一\n责任单位:区商务局\n贯彻落实情况:推进中。说明",
    "1．任务一\n\n责任单位： 区商务局，区财政局\n\n贯彻落实情况:已完成\n说明一\n\n说明二\n",
    "1、任务一\n责任单位:区商务局;区财政局、区民政局\n贯彻落实情况:推进中,计划年底前完成。",
  ])
  func unusualSpellingsSurviveTheRoundTrip(task: String) throws {
    let text = "一、第一部分\n(一)第一小节\n" + task
    let round = try parseOK(text, id: "r")
    #expect(round.tasks.count == 1)
    #expect(ReportTextPrinter.text(for: round) == text)
  }

  @Test func editedLinesAreRewrittenInTheRoundStyle() throws {
    let text = "一、部分\n1．任务\n责任单位：区商务局\n贯彻落实情况：推进中。说明"
    var round = try parseOK(text, id: "r")
    round.tasks[0].status = "已完成"
    round.tasks[0].units = ["区商务局", "区财政局"]
    #expect(
      ReportTextPrinter.text(for: round)
        == "一、部分\n1．任务\n责任单位：区商务局、区财政局\n贯彻落实情况：已完成。说明")
  }
}

@Suite struct ImportErrors {
  static let broken = """
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
    4.未知状态
    责任单位:区商务局
    贯彻落实情况:基本完成。说明
    """

  @Test func everyProblemIsReportedWithItsLine() throws {
    let (round, diagnostics) = parser.parse(Self.broken, path: "r.txt", roundID: RoundID("r1"))
    #expect(round == nil)
    let summary = diagnostics.filter { $0.message.hasPrefix("the report uses") }
    #expect(summary.map(\.message) == ["the report uses 1 unknown status: \"基本完成\" (line 16)"])
    let errors = diagnostics.filter { $0.severity == .error && !summary.contains($0) }
    let lines = errors.map(\.location.line).sorted()
    #expect(lines == [6, 9, 13, 16])
    let byLine = Dictionary(uniqueKeysWithValues: errors.map { ($0.location.line, $0) })
    #expect(byLine[6]?.message == "task number 1 appears twice")
    #expect(byLine[6]?.notes.first?.contains("line 3") == true)
    #expect(byLine[9]?.message == "task 2 has no 责任单位 line")
    #expect(byLine[13]?.message == "status paragraph of task 3 has no 贯彻落实情况 label")
    #expect(byLine[16]?.message == "unknown status \"基本完成\"")
    #expect(byLine[16]?.location.column == 8)
    #expect(byLine[16]?.notes.first?.contains("statuses in Content/site.yml") == true)
    #expect(byLine[16]?.description.hasPrefix("r.txt:16:8: error: unknown status") == true)
  }

  @Test func missingDateAsksForARoundID() {
    let (round, diagnostics) = parser.parse("一、部分\n1.任务\n责任单位:甲\n贯彻落实情况:推进中。", path: "r.txt")
    #expect(round == nil)
    #expect(diagnostics.first?.notes.first?.contains("--round") == true)
  }

  @Test func gapsInNumberingWarn() throws {
    let text = "一、部分\n1.任务\n责任单位:甲\n贯彻落实情况:推进中。\n4.任务\n责任单位:甲\n贯彻落实情况:推进中。"
    let (round, diagnostics) = parser.parse(text, path: "r.txt", roundID: RoundID("r"))
    #expect(round != nil)
    #expect(diagnostics.map(\.severity) == [.warning])
    #expect(diagnostics.first?.notes == ["task 2–3 is missing; check the numbering"])
  }

  @Test func enumerationsInsideANarrativeStayNarrative() throws {
    let text = "一、部分\n5.任务\n责任单位:甲\n贯彻落实情况:推进中。说明:\n1.第一点\n2.第二点\n6.任务\n责任单位:甲\n贯彻落实情况:推进中。"
    let round = try #require(parser.parse(text, path: "r", roundID: RoundID("r")).round)
    #expect(round.tasks.map(\.number) == [5, 6])
    #expect(round.tasks[0].narrative == "说明:\n1.第一点\n2.第二点")
  }
}
