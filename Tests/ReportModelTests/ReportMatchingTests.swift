import Testing

@testable import ReportModel

@Suite struct ReportMatchingTests {
  func round(_ id: String, _ texts: [String], intro: String? = nil) -> Round {
    Round(
      id: RoundID(id)!, intro: intro,
      tasks: texts.enumerated().map { offset, text in
        KeyTask(
          number: offset + 1, section: 1, subsection: nil, text: text, units: ["区商务局"],
          status: "推进中", narrative: "")
      })
  }

  @Test func aRewordedOrRepunctuatedTaskIsTheSameTask() {
    let latest = round("2021-06-30", ["开工建设城南物流园一期工程，年内完成投资5亿元。", "新增城市公园绿地10处。"])
    let next = round(
      "2021-12-20", ["开工建设城南物流园一期工程,年内完成投资５亿元", "新增城市公园绿地12处，改造街巷。"])
    #expect(ReportMatching.matchingTasks(of: next, in: latest) == (2, 2))
    #expect(ReportMatching.continues(next, latest: latest))
  }

  @Test func anotherYearsTasksDoNotContinueAReport() {
    let latest = round("2020-12-16", ["严格落实五个闭环管理。", "强化重点地区来区人员排查管控。", "开展爱国卫生运动。"])
    let next = round("2021-12-20", ["严格落实五个闭环管理。", "新建社区养老服务中心5个。", "新增托育机构3家。"])
    #expect(ReportMatching.matchingTasks(of: next, in: latest) == (1, 3))
    #expect(!ReportMatching.continues(next, latest: latest))
  }

  @Test func aNewReportIsNamedByTheYearItStatesElseItsDate() {
    let stated = round("2022-01-10", ["任务"], intro: "为推动2021年《政府工作报告》重点任务落实")
    #expect(ReportMatching.proposedID(for: stated)?.id.rawValue == "2021")
    let plain = round("2020-12-16", ["任务"], intro: "今年区政府工作报告重点任务")
    #expect(ReportMatching.proposedID(for: plain)?.id.rawValue == "2020")
    #expect(ReportMatching.statedYear(in: "12021年政府工作报告") == nil)
    #expect(ReportMatching.statedYear(in: "青云谱区2021年区政府工作报告") == "2021")
  }

  @Test func reportIDsAreShortASCIINames() {
    #expect(ReportID("2021") != nil)
    #expect(ReportID("2021-bu-chong") != nil)
    #expect(ReportID("-2021") == nil)
    #expect(ReportID("2021年") == nil)
    #expect(ReportID("a.b") == nil)
    #expect(ReportID(String(repeating: "a", count: 33)) == nil)
  }
}
