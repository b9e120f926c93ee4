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
