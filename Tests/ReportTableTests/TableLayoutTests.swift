import Foundation
import ReportModel
import Testing

@testable import ReportTable

/// Each invented layout of Fixtures/layouts.py with the tasks, statuses, units, roles and
/// leaders it must import to.
@Suite struct TableLayoutTests {
  @Test func leadCoAndLeaderColumns() throws {
    let (round, outcome) = try importFixture("lead-co-leaders.xlsx")
    #expect(outcome.diagnostics.isEmpty)
    #expect(round.id.rawValue == "2021-06-30")
    #expect(round.sections.map(\.title) == ["稳住经济基本盘", "保障改善民生"])
    #expect(round.sections[0].subsections.map(\.title) == ["扩大有效投资"])
    #expect(round.tasks.map(\.number) == [1, 2, 3])
    #expect(round.tasks.map(\.text)[0] == "5G基站建设再新增120个,实现城区全覆盖。")
    #expect(round.tasks.map(\.status) == ["序时推进", "滞后", "已办结"])
    #expect(round.tasks[0].units == ["区工信局", "区发改委", "区住建局"])
    #expect(round.tasks[0].unitRoles == [.lead, .co, .co])
    #expect(round.tasks[1].units == ["区住建局", "区财政局", "各街道"])
    #expect(round.tasks[2].units == ["区教体局"])
    #expect(round.tasks[2].unitRoles == [.lead])
    #expect(round.tasks.map(\.leaders) == [["陈立新"], ["陈立新", "周海"], ["周海"]])
    #expect(round.tasks.map(\.dueAsWritten) == ["2021-12-31", "长期坚持", "2021-08-31"])
    #expect(round.tasks.map(\.subsection) == [1, 1, nil])
    #expect(round.tasks[1].narrative == "已开工7个,\n其余5个正在设计。")
    #expect(round.metadata.first?.value == "示范区2021年《政府工作报告》重点任务推进情况表")
  }

  @Test func twoPeriodColumnsAndNoDate() throws {
    let document = try TableFixture.document("two-periods.csv")
    let undated = importer.read(document, path: "two-periods.csv")
    #expect(undated.round == nil)
    #expect(
      undated.diagnostics.map(\.description) == [
        "two-periods.csv: error: cannot tell which round this table is: it states no date\n"
          + "note: give the round's date with --date YYYY-MM-DD, e.g. --date 2021-06-30\n"
          + "note: or write it above the header row, e.g. 生成日期:2021-06-30"
      ])
    let (round, _) = try importFixture("two-periods.csv", date: "2021-11-30")
    #expect(round.id.rawValue == "2021-11-30")
    #expect(round.sections == [ReportSection(number: 1, title: "重点任务")])
    #expect(round.tasks.map(\.text)[0] == "3.5万平方米棚户区改造。")
    #expect(round.tasks.map(\.status) == ["达进度", "欠进度", "已完成"])
    #expect(round.tasks.map(\.units) == [["区住建局"], ["区工信局", "区统计局"], ["区城管局"]])
    #expect(round.tasks.allSatisfy { $0.unitRoles.isEmpty && $0.leaders.isEmpty })
    #expect(round.tasks.map(\.narrativePeriod) == ["1-11月", "1-11月", "1-11月"])
    #expect(round.tasks.map(\.narrative) == ["完成征收3.2万平方米。", "-0.5个百分点,低于预期。", "已建成4个。"])
    #expect(
      round.tasks.map(\.earlierPeriods) == [
        [PeriodNarrative(period: "1-10月", narrative: "完成征收2.1万平方米。")],
        [PeriodNarrative(period: "1-10月", narrative: "增长4.8%。")],
        [PeriodNarrative(period: "1-10月", narrative: "已完成选址。")],
      ])
  }

  @Test func yesNoProgressColumnInWord() throws {
    let (round, _) = try importFixture("dayu.docx")
    #expect(round.id.rawValue == "2021-09-30")
    #expect(round.tasks.map(\.status) == ["是", "否", "是"])
    #expect(
      round.tasks.map { StatusVocabulary.standard.definition(for: $0.status)?.category } == [
        .inProgress, .behind, .inProgress,
      ])
    #expect(round.tasks.map(\.units) == [["区卫健委"], ["区投促局", "区商务局"], ["区水务局"]])
    #expect(round.tasks.map(\.note) == [nil, "受疫情影响", nil])
    #expect(round.tasks.allSatisfy { $0.unitRoles.isEmpty && $0.leaders.isEmpty })
    #expect(round.sections.map(\.title) == ["重点任务"])
  }

  @Test func verticalMergesAndInlineRolesInWord() throws {
    let (round, _) = try importFixture("vmerge.docx")
    #expect(round.id.rawValue == "2021-06-30")
    #expect(round.sections.map(\.title) == ["优化营商环境"])
    #expect(round.tasks.map(\.number) == [1, 2, 3])
    #expect(round.tasks[2].text == "40.2021年新增市场主体3000户。")
    #expect(round.tasks.map(\.units) == [["区发改委", "区行政审批局"], ["区发改委", "区行政审批局"], ["区市场监管局"]])
    #expect(round.tasks[0].unitRoles == [.lead, .unstated])
    #expect(round.tasks[0].role(ofUnitAt: 1) == .co)
    #expect(round.tasks[1].unitMarkers == ["（牵头）", ""])
    #expect(round.tasks[2].unitRoles.isEmpty)
    #expect(round.tasks.map(\.leaders) == [["刘文"], ["刘文"], ["刘文"]])
    #expect(round.tasks.map(\.status) == ["已完成", "推进中", "推进中"])
  }

  @Test func multiSheetWorkbook() throws {
    let (round, outcome) = try importFixture("multi-sheet.xlsx")
    #expect(outcome.tableUsed == "1-11月")
    #expect(
      outcome.diagnostics.map(\.description) == [
        "multi-sheet.xlsx: warning: \"汇总\" also has a header row of tasks; it was not imported\n"
          + "note: import it with --sheet 汇总, as a round of its own"
      ])
    #expect(round.id.rawValue == "2021-12-05")
    #expect(round.metadata.map(\.key) == ["标题", "填报单位", "填报时间", "生成日期"])
    #expect(round.sections.map(\.title) == ["1-11月"])
    #expect(round.tasks.map(\.number) == [1, 2, 3])
    // Shared strings, the first a rich text of two runs.
    #expect(round.tasks.map(\.text)[0] == "新增城镇就业1200人。")
    #expect(round.tasks.map(\.status) == ["推进中", "进度滞后", "已完成"])
    #expect(round.tasks.map(\.units) == [["区人社局"], ["区住建局", "区城管局"], ["区文明办"]])
    #expect(round.tasks.allSatisfy { $0.unitRoles.isEmpty && $0.leaders.isEmpty })
    #expect(round.tasks.map(\.dueAsWritten) == ["2021-12-31", "2021-10-31", "2021-06-30"])
    let (summary, chosen) = try importFixture("multi-sheet.xlsx", sheet: "汇总", date: "2021-12-05")
    #expect(chosen.tableUsed == "汇总")
    #expect(summary.tasks.map(\.text) == ["汇总行"])
    let document = try TableFixture.document("multi-sheet.xlsx")
    let missing = importer.read(document, path: "m.xlsx", sheet: "12月")
    #expect(
      missing.diagnostics.map(\.description) == [
        "m.xlsx: error: there is no sheet or table named \"12月\"\n"
          + "note: the file has: \"填报说明\", \"1-11月\", \"汇总\""
      ])
    let notes = importer.read(document, path: "m.xlsx", sheet: "填报说明")
    #expect(notes.diagnostics.first?.message.hasPrefix("no header row found in \"填报说明\"") == true)
  }

  @Test func gbkCSVAndOld1904Workbook() throws {
    let (round, _) = try importFixture("gbk.csv")
    #expect(round.id.rawValue == "2021-03-31")
    #expect(round.tasks.map(\.units) == [["区城管局", "区公安分局"], ["区应急局", "各街道"]])
    #expect(round.tasks.map(\.unitRoles) == [[.lead, .co], [.lead, .co]])
    #expect(round.tasks.map(\.status) == ["推进中", "已完成"])
    #expect(round.tasks[0].narrative == "已建成2处,\n第3处在施工。")
    let (mac, _) = try importFixture("dates-1904.xlsx", date: "2021-10-31")
    #expect(mac.tasks.map(\.dueAsWritten) == ["2021-11-30"])
  }
}

@Suite struct CategoryColumnTests {
  @Test func aCategoryColumnMergedDownGivesTheSections() throws {
    let (round, outcome) = try importFixture("category-column.xlsx")
    #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics.map(\.description))")
    #expect(round.id.rawValue == "2021-07-10")
    #expect(
      round.sections == [
        ReportSection(number: 1, title: "扩大有效需求"), ReportSection(number: 2, title: "改善营商环境"),
      ])
    #expect(round.tasks.map(\.section) == [1, 1, 2, 2])
    #expect(round.tasks.map(\.text)[1] == "社会消费品零售总额增长10%。")
    #expect(round.tasks.map(\.status) == ["序时推进", "超进度", "推进中", "达进度"])
    #expect(round.tasks.map(\.units) == [["区发改委"], ["区商务局"], ["区行政审批局"], ["区税务局", "区财政局"]])
    #expect(round.tasks[3].unitRoles == [.lead, .unstated])
    #expect(round.tasks.map(\.dueAsWritten) == ["2021年底", "2021年底", "2021年9月", "2021年底"])
    #expect(round.tasks.allSatisfy { $0.leaders.isEmpty })
  }
}

@Suite struct TwoRowHeaderTests {
  @Test func aHeaderOverTwoRowsNamesEachColumn() throws {
    let (round, outcome) = try importFixture("two-row-header.xlsx")
    #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics.map(\.description))")
    #expect(round.id.rawValue == "2021-11-30")
    #expect(round.sections.map(\.title) == ["城市更新"])
    #expect(round.tasks.map(\.number) == [1, 2])
    #expect(round.tasks.map(\.units) == [["区城管局", "各街道"], ["区交通局"]])
    #expect(round.tasks.map(\.unitRoles) == [[.lead, .co], [.lead]])
    #expect(round.tasks.map(\.status) == ["序时推进", "滞后"])
    #expect(round.tasks.allSatisfy { $0.leaders.isEmpty })
    #expect(round.tasks.map(\.narrativePeriod) == ["1-11月", "1-11月"])
    #expect(round.tasks.map(\.narrative) == ["完成24条。", "新增1300个。"])
    #expect(
      round.tasks.map(\.earlierPeriods) == [
        [PeriodNarrative(period: "1-10月", narrative: "完成18条。")],
        [PeriodNarrative(period: "1-10月", narrative: "新增900个。")],
      ])
  }
}
