import Foundation
import ReportModel
import Testing

@testable import ReportText

/// A fixture report of Fixtures/.
func fixture(_ name: String) throws -> String {
  let url = try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: "txt"))
  return try String(contentsOf: url, encoding: .utf8)
}

/// What a test expects of one task.
struct ExpectedTask {
  var number: Int
  var text: String
  var units: [String]
  /// Roles as `role(ofUnitAt:)` gives them.
  var roles: [UnitRole]
  var status: String
  var category: StatusCategory
  var leaders: [String] = []
  var narrative: String? = nil

  func check(_ task: KeyTask, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    #expect(task.number == number, sourceLocation: sourceLocation)
    #expect(task.text == text, sourceLocation: sourceLocation)
    #expect(task.units == units, sourceLocation: sourceLocation)
    #expect(task.units.indices.map(task.role(ofUnitAt:)) == roles, sourceLocation: sourceLocation)
    #expect(task.status == status, sourceLocation: sourceLocation)
    #expect(
      StatusVocabulary.standard.definition(for: task.status)?.category == category,
      sourceLocation: sourceLocation)
    #expect(task.leaders == leaders, sourceLocation: sourceLocation)
    if let narrative { #expect(task.narrative == narrative, sourceLocation: sourceLocation) }
  }
}

/// Reads a layout, checks every task, and checks that its export reads back as the same tasks.
func checkLayout(
  _ name: String, _ expected: [ExpectedTask], warnings: Int = 0,
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws -> Round {
  let (parsed, diagnostics) = parser.parse(try fixture(name), path: name + ".txt")
  #expect(
    !diagnostics.hasErrors, "\(diagnostics.map(\.description))", sourceLocation: sourceLocation)
  #expect(diagnostics.count == warnings, "\(diagnostics)", sourceLocation: sourceLocation)
  let round = try #require(parsed, sourceLocation: sourceLocation)
  #expect(round.tasks.count == expected.count, sourceLocation: sourceLocation)
  for (task, expectation) in zip(round.tasks, expected) {
    expectation.check(task, sourceLocation: sourceLocation)
  }
  let exported = ReportTextPrinter.text(for: round)
  let again = try #require(
    parser.parse(exported, path: "export.txt", roundID: round.id).round,
    sourceLocation: sourceLocation)
  #expect(
    again.tasks.map(\.semantic) == round.tasks.map(\.semantic), sourceLocation: sourceLocation)
  #expect(again.metadata == round.metadata, sourceLocation: sourceLocation)
  return round
}

extension KeyTask {
  /// What a task says, without how it was written or where.
  var semantic: [String] {
    [
      "\(number) \(section) \(subsection ?? 0)", text, units.joined(separator: "|"),
      unitRoles.map(\.rawValue).joined(separator: "|"), unitMarkers.joined(separator: "|"),
      leaders.joined(separator: "|"), status, narrative, dueAsWritten ?? "-", note ?? "-",
      narrativePeriod ?? "-",
      earlierPeriods.map { $0.period + ":" + $0.narrative }.joined(separator: "|"),
    ]
  }
}

@Suite struct Layouts {
  @Test func headerAsColonLinesAndDigitLeadingTasks() throws {
    let round = try checkLayout(
      "layout-colon-header",
      [
        ExpectedTask(
          number: 1, text: "新开工重大项目30个以上，完成投资50亿元。", units: ["县发改委", "县财政局"],
          roles: [.lead, .co], status: "推进中", category: .inProgress),
        ExpectedTask(
          number: 2, text: "3个省级开发区完成扩区调位。", units: ["县商务局"], roles: [.lead],
          status: "推进中,计划11月底前完成", category: .scheduled, narrative: "已报省政府审批。"),
        ExpectedTask(
          number: 3, text: "5G基站新建200个，实现乡镇全覆盖。", units: ["县工信局", "县通信发展办"],
          roles: [.lead, .co], status: "已完成", category: .done),
        ExpectedTask(
          number: 4, text: "12个老旧小区完成改造。", units: ["县住建局"], roles: [.lead],
          status: "推进中,计划2021年10月底前完成", category: .scheduled),
        ExpectedTask(
          number: 5, text: "2021年底前建成县第二人民医院。", units: ["县卫健委"], roles: [.lead],
          status: "推进中,力争年内完成", category: .scheduled,
          narrative: "主体已封顶。\n1.医技楼完成装修;\n2.门诊楼完成布线。"),
        ExpectedTask(
          number: 6, text: "40.5公里农村公路提档升级。", units: ["县交通局"], roles: [.lead],
          status: "进度滞后", category: .behind),
      ])
    #expect(round.id.rawValue == "2021-06-30")
    #expect(round.date == "2021-06-30")
    #expect(
      round.metadata.map(\.key) == ["索引号", "组配分类", "发布机构", "主题分类", "名称", "文号", "发布日期"])
    #expect(round.metadataValue("主题分类") == "综合政务 / 通报")
    #expect(round.metadataValue("文号") == "")
    #expect(round.intro == "为推动各项任务落实，现将上半年进展情况通报如下:")
    #expect(round.sections.map(\.subsections.count) == [2, 0])
  }

  @Test func leadCoUnitsLeadersDeadlinesAndNotes() throws {
    let round = try checkLayout(
      "layout-lead-co-leaders",
      [
        ExpectedTask(
          number: 1, text: "实施制造业“强链”行动，新增规上工业企业50家。",
          units: ["市工信局", "市发改委", "市统计局"], roles: [.lead, .co, .co], status: "序时推进",
          category: .inProgress, leaders: ["王某某"], narrative: "新增规上工业企业31家。"),
        ExpectedTask(
          number: 2, text: "建成投用市级数据中心。", units: ["市大数据局", "市财政局"], roles: [.lead, .co],
          status: "推进中，计划9月底前完成", category: .scheduled, leaders: ["王某某", "陈某"]),
        ExpectedTask(
          number: 3, text: "10.8公里城市快速路主线贯通。", units: ["市住建局", "市自然资源局", "市城管局"],
          roles: [.lead, .co, .co], status: "欠进度", category: .behind, leaders: ["赵某"],
          narrative: "完成主线6.2公里。\n受征迁影响，进度滞后于计划。"),
      ])
    #expect(round.id.rawValue == "2021-06-30")
    #expect(round.metadataValue("成文日期") == "2021年6月30日")
    #expect(
      round.tasks.map(\.unitRoles) == [[.lead, .co, .co], [.lead, .co], [.lead, .co, .co]])
    #expect(round.tasks.map(\.dueAsWritten) == ["2021年12月底", "长期坚持", "2021年9月30日"])
    #expect(round.tasks.map(\.note) == [nil, "跨年度项目", nil])
    #expect(round.style.colon == "：")
    let deadlines = DeadlineTable(report: Report(config: SiteConfig(title: "t"), rounds: [round]))
    let due = (1...3).map { deadlines.deadline(of: $0, in: round.id)?.due.description }
    // 长期坚持 names no date; task 2's date comes from its status's plan.
    #expect(due == ["2021-12-31", "2021-09-30", "2021-09-30"])
  }

  @Test func inlineMarkersCombinedUnitsAndOnSchedule() throws {
    let round = try checkLayout(
      "layout-inline-markers",
      [
        ExpectedTask(
          number: 1, text: "推行“一件事一次办”改革，上线主题服务80项。",
          units: ["区政务服务中心", "区司法局", "区市场监管局"], roles: [.lead, .co, .co], status: "是",
          category: .inProgress, narrative: "已上线主题服务86项。"),
        ExpectedTask(
          number: 2, text: "新增市场主体5000户。", units: ["区市场监管局", "区商务局", "区税务局"],
          roles: [.lead, .co, .co], status: "否", category: .behind),
        ExpectedTask(
          number: 3, text: "实施“双随机、一公开”监管全覆盖。", units: ["区市场监管局"], roles: [.lead],
          status: "已办结", category: .done, narrative: "抽查企业1200户次。"),
      ])
    #expect(round.id.rawValue == "2020-12-16")
    #expect(round.tasks[0].unitMarkers == ["（牵头）", "（配合）", "（配合）"])
    #expect(round.tasks[1].unitMarkers.isEmpty)
    #expect(round.tasks[2].unitRoles.isEmpty)
  }

  @Test func periodLinesKeepTheLatestAsThisRoundsNarrative() throws {
    let round = try checkLayout(
      "layout-periods",
      [
        ExpectedTask(
          number: 1, text: "粮食播种面积稳定在45万亩以上。", units: ["县农业农村局"], roles: [.lead],
          status: "已完成", category: .done, narrative: "播种面积45.3万亩，秋粮已入库。"),
        ExpectedTask(
          number: 2, text: "新建高标准农田2万亩。", units: ["县农业农村局", "县财政局"], roles: [.lead, .co],
          status: "正在办理", category: .inProgress, narrative: "完成1.6万亩。"),
        ExpectedTask(
          number: 3, text: "培育家庭农场100家。", units: ["县农业农村局"], roles: [.lead],
          status: "超进度", category: .inProgress, narrative: "已培育112家。"),
      ])
    #expect(round.tasks.map(\.narrativePeriod) == ["1-11月", "1-11月", "1—11月"])
    #expect(
      round.tasks.map(\.earlierPeriods) == [
        [PeriodNarrative(period: "1-10月", narrative: "播种面积45.2万亩。")],
        [PeriodNarrative(period: "1-10月", narrative: "完成1.2万亩。")],
        [PeriodNarrative(period: "1-10月", narrative: "已培育105家。")],
      ])
  }

  @Test func everyMisreadOfTheIssueReadsRight() throws {
    let round = try checkLayout(
      "layout-misreads",
      [
        ExpectedTask(
          number: 1, text: "推进数字经济发展。", units: ["区工信局"], roles: [.lead],
          status: "推进中,计划11月底前完成", category: .scheduled, narrative: "完成方案编制。"),
        ExpectedTask(
          number: 2, text: "2020年完成全区路网规划。", units: ["区住建局"], roles: [.lead],
          status: "推进中,计划2021年6月底前完成", category: .scheduled),
        ExpectedTask(
          number: 3, text: "5G基站建设200个。", units: ["区工信局"], roles: [.lead],
          status: "推进中,力争年内完成", category: .scheduled,
          narrative: "已建成120个。\n3.5亿元专项资金已下达。\n12.3个试点已启动。"),
        ExpectedTask(
          number: 4, text: "3个老旧小区改造。", units: ["区住建局"], roles: [.lead], status: "已完成",
          category: .done),
        ExpectedTask(
          number: 5, text: "40.2公里管网改造。", units: ["区城管局"], roles: [.lead], status: "推进中",
          category: .inProgress),
        ExpectedTask(
          number: 6, text: "2021年春节前完成物资储备。", units: ["区商务局"], roles: [.lead],
          status: "已完成并长期坚持", category: .doneOngoing),
        ExpectedTask(
          number: 7, text: "5G+智慧医疗试点。", units: ["区卫健委"], roles: [.lead], status: "推进中",
          category: .inProgress, narrative: "试点医院2家。\n8.4万人次接受远程诊疗。"),
      ], warnings: 1)
    let deadlines = DeadlineTable(report: Report(config: SiteConfig(title: "t"), rounds: [round]))
    let due = (1...3).map { deadlines.deadline(of: $0, in: round.id)?.due.description }
    #expect(due == ["2020-11-30", "2021-06-30", "2020-12-31"])
  }

  @Test func aNumberedLineThatContinuesTheNumberingWithoutLabelsWarns() throws {
    let (_, diagnostics) = parser.parse(try fixture("layout-misreads"), path: "m.txt")
    #expect(diagnostics.count == 1)
    #expect(
      diagnostics.first?.description.hasPrefix(
        "m.txt:27:1: warning: line looks like task 8, but no label line follows it") == true)
  }
}

@Suite struct TextImportErrors {
  @Test func everyUnknownStatusIsListedAtOnceWithABlockToPaste() throws {
    let text = """
      生成日期: | 2021-06-30 |
      一、部分
      1.任务一
      责任单位:甲
      贯彻落实情况:基本完成。说明
      2.任务二
      责任单位:甲
      完成状态:已销号
      3.任务三
      责任单位:甲
      贯彻落实情况:基本完成。说明
      """
    let (round, diagnostics) = parser.parse(text, path: "r.txt")
    #expect(round == nil)
    let summary = try #require(diagnostics.first { $0.message.hasPrefix("the report uses") })
    #expect(
      summary.message
        == "the report uses 2 unknown statuses: \"基本完成\" (lines 5, 11), \"已销号\" (line 8)")
    #expect(summary.location.line == 5)
    #expect(
      summary.notes.first
        == "paste under `statuses:` in Content/site.yml, and check each category:\n"
        + "  - label: 基本完成\n    category: done\n  - label: 已销号\n    category: done")
    let perLine = diagnostics.filter { $0.message.hasPrefix("unknown status") }
    #expect(perLine.map(\.location.line) == [5, 8, 11])
    #expect(perLine.map(\.location.column) == [8, 6, 8])
  }

  @Test(arguments: [
    ("推进中,计划11月底前完成,目前已完成招标。下一步", "推进中,计划11月底前完成", "目前已完成招标。下一步"),
    ("推进中，力争年内完成；已开工。", "推进中，力争年内完成", "已开工。"),
    ("已完成,全面落实,确保安全。", "已完成", "全面落实,确保安全。"),
    ("推进中,计划年底前完成,力争提前完成。说明", "推进中,计划年底前完成,力争提前完成", "说明"),
  ])
  func aPlanEndsAtTheLastClauseThatIsPartOfIt(_ line: String, _ status: String, _ narrative: String)
    throws
  {
    let round = try parseOK(
      "生成日期: | 2021-06-30 |\n一、部分\n1.任务\n责任单位:甲\n贯彻落实情况:" + line)
    #expect(round.tasks.first?.status == status)
    #expect(round.tasks.first?.narrative == narrative)
  }

  @Test func aPlanWhoseDateCannotBeReadIsAnErrorNotASplit() throws {
    let text = "生成日期: | 2021-06-30 |\n一、部分\n1.任务\n责任单位:甲\n贯彻落实情况:推进中,计划明年完成。说明"
    let (round, diagnostics) = parser.parse(text, path: "r.txt")
    #expect(round == nil)
    let error = try #require(diagnostics.first { $0.message.hasPrefix("unknown status") })
    #expect(error.message == "unknown status \"推进中,计划明年完成\"")
    #expect(error.location.line == 5)
    #expect(error.notes.first?.contains("a plan whose date cannot be read") == true)
  }

  @Test(arguments: [
    "", "生成日期: | 2021-06-30 |", "生成日期: | 2021-06-30 |\n一、部分\n(一)小节",
    "生成日期: | 2021-06-30 |\n一、部分\n1.任务\n推进中。说明", "生成日期: | 2021-06-30 |\n说明文字\n\n",
    "生成日期: | 2021-06-30 |\n一、部分\n责任单位:甲\n贯彻落实情况:推进中。",
  ])
  func aReportWithoutTasksIsAnError(_ text: String) {
    let (round, diagnostics) = parser.parse(text, path: "r.txt")
    #expect(round == nil)
    #expect(diagnostics.contains { $0.severity == .error && $0.message == "no tasks found" })
  }

  @Test func aReportWithoutADateAsksForOne() {
    let (round, diagnostics) = parser.parse("一、部分\n1.任务\n责任单位:甲\n贯彻落实情况:推进中。", path: "r.txt")
    #expect(round == nil)
    #expect(diagnostics.first?.notes.first?.hasPrefix("give the report's date with --date") == true)
  }

  @Test func pipeCellsWithoutColonsAndDatesInOtherForms() throws {
    let text = """
      索引号 | X-1 | 主题分类 | |
      文件编号 | 有效性 | 有效 | |
      发布机构 | 示例区人民政府 | 发布日期 | 2020年12月6日 |
      一、部分
      1.任务
      责任单位:甲
      贯彻落实情况:推进中。
      """
    let round = try parseOK(text)
    #expect(
      round.metadata == [
        MetadataEntry(key: "索引号", value: "X-1"), MetadataEntry(key: "主题分类", value: ""),
        MetadataEntry(key: "文件编号", value: ""), MetadataEntry(key: "有效性", value: "有效"),
        MetadataEntry(key: "发布机构", value: "示例区人民政府"),
        MetadataEntry(key: "发布日期", value: "2020年12月6日"),
      ])
    #expect(round.id.rawValue == "2020-12-06")
    #expect(ReportTextPrinter.text(for: round) == text)
  }

  @Test func siteLabelsExtendTheTextFormat() throws {
    var labels = FieldLabels.builtIn
    labels.add(FieldLabel("主办单位", .leadUnits))
    labels.add(FieldLabel("督办领导", .leaders))
    let custom = ReportTextParser(vocabulary: .standard, labels: labels)
    let text = "生成日期: | 2021-06-30 |\n一、部分\n1.任务\n主办单位:甲\n督办领导:张某\n贯彻落实情况:推进中。"
    let round = try #require(custom.parse(text, path: "r.txt").round)
    #expect(round.tasks[0].units == ["甲"])
    #expect(round.tasks[0].unitRoles == [.lead])
    #expect(round.tasks[0].leaders == ["张某"])
    #expect(parser.parse(text, path: "r.txt").round == nil)
  }

  @Test func aTaskLabelInsideANarrativeWarns() throws {
    let text = "生成日期: | 2021-06-30 |\n一、部分\n1.任务\n责任单位:甲\n贯彻落实情况:推进中。说明\n重点任务:扩容"
    let (round, diagnostics) = parser.parse(text, path: "r.txt")
    #expect(round?.tasks.first?.narrative == "说明\n重点任务:扩容")
    #expect(diagnostics.map(\.location.line) == [6])
    #expect(diagnostics.first?.message.hasPrefix("line starts with the label `重点任务`") == true)
  }

  @Test func aReportWithoutSectionHeadingsIsOneSection() throws {
    let text = "生成日期: | 2021-06-30 |\n通报如下:\n1.任务一\n责任单位:甲\n贯彻落实情况:推进中。\n2.任务二\n责任单位:乙\n贯彻落实情况:已完成。"
    let round = try parseOK(text)
    #expect(round.sections == [ReportSection(number: 1, title: "重点任务")])
    #expect(round.tasks.map(\.section) == [1, 1])
    #expect(round.intro == "通报如下:")
    let exported = ReportTextPrinter.text(for: round)
    #expect(exported.contains("\n一、重点任务\n1.任务一"))
    #expect(try parseOK(exported).tasks.map(\.semantic) == round.tasks.map(\.semantic))
  }

  @Test func aTaskBeforeTheFirstSectionHeadingIsAnError() {
    let text = "生成日期: | 2021-06-30 |\n1.任务一\n责任单位:甲\n贯彻落实情况:推进中。\n一、部分\n2.任务二\n责任单位:乙\n贯彻落实情况:已完成。"
    let (round, diagnostics) = parser.parse(text, path: "r.txt")
    #expect(round == nil)
    #expect(diagnostics.map(\.message).contains("task 1 comes before any section heading"))
  }

  @Test func aStatusLabelAfterAnInlineStatusIsNarrative() throws {
    let text = "生成日期: | 2021-06-30 |\n一、部分\n1.任务\n责任单位:甲\n贯彻落实情况:推进中。说明\n进度:已完成80%"
    let (round, diagnostics) = parser.parse(text, path: "r.txt")
    #expect(round?.tasks.first?.status == "推进中")
    #expect(round?.tasks.first?.narrative == "说明\n进度:已完成80%")
    #expect(diagnostics.map(\.location.line) == [6])
  }

  @Test func aSecondLabelInsideANarrativeWarns() throws {
    let text = "生成日期: | 2021-06-30 |\n一、部分\n1.任务\n责任单位:甲\n贯彻落实情况:推进中。说明\n责任单位:乙"
    let (round, diagnostics) = parser.parse(text, path: "r.txt")
    #expect(round?.tasks.first?.narrative == "说明\n责任单位:乙")
    #expect(diagnostics.map(\.location.line) == [6])
    #expect(diagnostics.first?.severity == .warning)
  }
}
