import Testing

@testable import ReportModel

/// The label table, unit roles, periods and the dates plan words name.
@Suite struct LabelTableTests {
  @Test(arguments: [
    ("序号", LabelledField.number), ("重点任务", .task), ("目标任务", .task), ("任务内容", .task),
    ("责任单位：", .units), ("责 任 单 位:", .units), ("牵头单位", .leadUnits), ("牵头部门", .leadUnits),
    ("配合单位", .coUnits), ("协同单位", .coUnits), ("协办单位", .coUnits), ("参与单位", .coUnits),
    ("责任主体与协同单位", .leadAndCoUnits), ("分管领导", .leaders), ("责任领导", .leaders),
    ("区领导", .leaders), ("完成时限", .due), ("时间节点", .due), ("完成状态", .status),
    ("是否达序", .status), ("进展情况", .narrative), ("贯彻落实情况：", .narrative),
    ("工作进展情况", .narrative), ("备注", .note), ("说明", .note), ("\u{3000}备注\u{3000}", .note),
  ])
  func builtInLabelsName(_ label: String, _ field: LabelledField) {
    let match = FieldLabels.builtIn.match(label)
    #expect(match?.field == field)
    #expect(match?.period == nil)
  }

  @Test(arguments: ["", "情况", "单位", "责任单位们", "1-10月", "推进中", "区发改委"])
  func otherWordsAreNoLabels(_ text: String) {
    #expect(FieldLabels.builtIn.match(text) == nil)
  }

  @Test(arguments: [
    ("1-10月推进情况", "1-10月", "推进情况"), ("1—11月工作进展情况", "1—11月", "工作进展情况"),
    ("截至6月底进展情况", "截至6月底", "进展情况"), ("２０２０年上半年完成情况：", "2020年上半年", "完成情况"),
  ])
  func periodColumnsAreNarratives(_ header: String, _ period: String, _ label: String) {
    let match = FieldLabels.builtIn.match(header)
    #expect(match == LabelMatch(field: .narrative, label: label, period: period))
  }

  @Test func theLatestPeriodEndsLast() {
    #expect(PeriodOrder.latest(["1-10月", "1-11月"]) == 1)
    #expect(PeriodOrder.latest(["1—11月", "1-10月"]) == 0)
    #expect(PeriodOrder.latest(["截至6月底", "上半年", "1-9月"]) == 2)
    #expect(PeriodOrder.latest(["2020年1-11月", "2021年1-3月"]) == 1)
    #expect(PeriodOrder.latest(["本期", "上期"]) == 1)
    #expect(PeriodOrder.latest([]) == nil)
    #expect(PeriodOrder.end(of: "前三季度") == 9)
  }

  @Test func siteLabelsExtendAndOverride() {
    var labels = FieldLabels.builtIn
    labels.add(FieldLabel("主办单位", .leadUnits))
    labels.add(FieldLabel("进度", .narrative))
    #expect(labels.match("主办单位:")?.field == .leadUnits)
    #expect(labels.match("进度")?.field == .narrative)
    #expect(
      labels.additions(to: .builtIn) == [
        FieldLabel("进度", .narrative), FieldLabel("主办单位", .leadUnits),
      ]
    )
    #expect(FieldLabels.builtIn.additions(to: .builtIn).isEmpty)
  }

  @Test(arguments: [
    ("区发改委（牵头）", "区发改委", "（牵头）", UnitRole.lead), ("区财政局(配合)", "区财政局", "(配合)", .co),
    ("区住建局（牵头单位）", "区住建局", "（牵头单位）", .lead), ("区城管局 （协办）", "区城管局", "（协办）", .co),
  ])
  func inlineMarkersStateRoles(
    _ written: String, _ name: String, _ marker: String, _ role: UnitRole
  ) {
    let split = UnitRole.splitMarker(written)
    #expect(split?.name == name)
    #expect(split?.marker == marker)
    #expect(split?.role == role)
  }

  @Test(arguments: ["区政府办(区外办)", "区发改委", "（牵头）", "区发改委（牵头）办"])
  func otherParenthesesAreNoMarkers(_ written: String) {
    #expect(UnitRole.splitMarker(written) == nil)
  }

  @Test func rolesDefaultToTheFirstUnitLeading() {
    var task = KeyTask(
      number: 1, section: 1, subsection: nil, text: "t", units: ["甲", "乙", "丙"], status: "已完成",
      narrative: "")
    #expect((0..<3).map(task.role(ofUnitAt:)) == [.lead, .co, .co])
    task.unitRoles = [.co, .lead, .unstated]
    #expect((0..<3).map(task.role(ofUnitAt:)) == [.co, .lead, .co])
    #expect(task.statesRoles)
  }

  @Test(arguments: [
    ("推进中,计划11月底前完成", "2020-11-30"), ("推进中,计划2021年6月底前完成", "2021-06-30"),
    ("推进中,力争年内完成", "2020-12-31"), ("推进中,计划三季度末完成", "2020-09-30"),
    ("推进中,计划10月15日前完成", "2020-10-15"), ("推进中,2021年底前完成", "2021-12-31"),
    ("推进中,计划2021年上半年完成", "2021-06-30"),
  ])
  func plansNameDates(_ status: String, _ due: String) {
    let round = ISODate(year: 2020, month: 6, day: 1)!
    #expect(DeadlinePolicy.plannedDate(inStatus: status, roundDate: round)?.description == due)
  }

  @Test func aPlanWithItsYearIsKeptWhenPast() {
    let round = ISODate(year: 2020, month: 12, day: 16)!
    #expect(
      DeadlinePolicy.plannedDate(inStatus: "推进中,计划2020年6月底前完成", roundDate: round)?.description
        == "2020-06-30")
    #expect(DeadlinePolicy.plannedDate(inStatus: "推进中,计划6月底前完成", roundDate: round) == nil)
  }

  @Test(arguments: [
    ("2021年6月底", "2021-06-30"), ("2021年", "2021-12-31"), ("2021.6.30", "2021-06-30"),
    ("2021/06/30", "2021-06-30"), ("6月底前", "2020-06-30"), ("年底前", "2020-12-31"),
    ("2020年6月底前完成一期,年底前全部完成", "2020-12-31"),
  ])
  func deadlinesAsWrittenNameDates(_ written: String, _ due: String) {
    let round = ISODate(year: 2020, month: 12, day: 16)!
    #expect(DeadlinePolicy.date(fromDeadline: written, roundDate: round)?.description == due)
  }

  @Test(arguments: ["长期坚持", "持续推进", ""])
  func deadlinesThatAreNoDates(_ written: String) {
    let round = ISODate(year: 2020, month: 12, day: 16)!
    #expect(DeadlinePolicy.date(fromDeadline: written, roundDate: round) == nil)
  }
}

/// Statuses followed by plans keep their words whole and their category.
@Suite struct StatusPlanTests {
  @Test(arguments: [
    ("推进中,计划11月底前完成", StatusCategory.scheduled), ("推进中，计划2021年6月底前完成", .scheduled),
    ("推进中,力争年内完成", .scheduled), ("推进中,计划三季度末完成", .scheduled),
    ("序时推进,计划12月20日前完成", .scheduled), ("已完成,2021年6月底前完成验收", .done),
    ("进度滞后,力争上半年完成", .behind), ("推进中计划年底前完成", .scheduled),
    ("推进中,计划10月底前开工,年底前完工", .scheduled),
  ])
  func plansKeepTheirStatus(_ written: String, _ category: StatusCategory) {
    let definition = StatusVocabulary.standard.definition(for: written)
    #expect(definition?.category == category)
    #expect(definition?.label == written)
  }

  @Test(arguments: [
    "推进中,计划投资5亿元", "推进中,已于10月完成", "推进中,全面落实", "已完成并长期坚持,年底", "推进中,年底前",
    "推进中。计划年底前完成", "推进中,11月召开会议",
  ])
  func otherWordsAreNoPlans(_ written: String) {
    #expect(StatusPlan.read(written, vocabulary: .standard) == nil)
  }
}

@Suite struct WrittenDates {
  @Test(arguments: [
    ("2020-12-16", "2020-12-16"), ("2020/12/16", "2020-12-16"), ("2020.12.16", "2020-12-16"),
    ("2020年12月16日", "2020-12-16"), ("2020-1-6", "2020-01-06"), ("２０２０／１２／１６", "2020-12-16"),
    ("2020-12-24 09:12", "2020-12-24"), (" 2020年1月6日 ", "2020-01-06"),
  ])
  func datesInEveryWrittenForm(_ written: String, _ date: String) {
    #expect(ISODate.reading(written)?.description == date)
  }

  @Test(arguments: [
    "", "2020-13-01", "2020年12月", "20-12-16", "2020/12-16", "12/16/2020", "2020年2月30日",
  ])
  func otherTextIsNoDate(_ written: String) {
    #expect(ISODate.reading(written) == nil)
  }

  @Test func theHeaderDateComesFromTheFirstDateKey() {
    let metadata = [
      MetadataEntry(key: "发布时间", value: "2020-12-24 09:12"),
      MetadataEntry(key: "成文日期", value: "2020年12月20日"), MetadataEntry(key: "生成日期", value: ""),
    ]
    #expect(ISODate.headerDate(metadata)?.description == "2020-12-20")
    #expect(Round(id: RoundID("r")!, metadata: metadata).date == "2020-12-20")
  }
}
