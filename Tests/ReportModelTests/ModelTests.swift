import Testing

@testable import ReportModel

@Suite struct Model {
  @Test(arguments: [("一", 1), ("九", 9), ("十", 10), ("十五", 15), ("二十", 20), ("九十九", 99)])
  func chineseNumeralsReadAndWrite(text: String, value: Int) {
    #expect(ChineseNumeral.value(of: text) == value)
    #expect(ChineseNumeral.text(for: value) == text)
  }

  @Test func everyNumeralReadsBackByCharactersToo() {
    for value in 1...99 {
      let text = ChineseNumeral.text(for: value)
      #expect(ChineseNumeral.value(of: text) == value)
      #expect(ChineseNumeral.value(of: text[...]) == value)
    }
  }

  @Test(arguments: ["", "零", "十十", "一百", "二二"])
  func invalidNumeralsAreRejected(text: String) {
    #expect(ChineseNumeral.value(of: text) == nil)
  }

  @Test func statusLookupIgnoresPunctuationWidth() {
    let vocabulary = StatusVocabulary.standard
    #expect(vocabulary.definition(for: "推进中，计划年底前完成")?.category == .scheduled)
    #expect(vocabulary.definition(for: "已完成")?.category == .done)
    #expect(vocabulary.definition(for: "基本完成") == nil)
    #expect(vocabulary.longestPrefix(of: "推进中,计划年底前完成。说明")?.1 == 11)
  }

  @Test func unitAliasesResolveAndSuggest() {
    let units = UnitDirectory([
      UnitDefinition(name: "区政府办", aliases: ["区政府办(区外办)"]),
      UnitDefinition(name: "区商务局"),
    ])
    #expect(units.canonicalName(for: "区政府办（区外办）") == "区政府办")
    #expect(units.canonicalName(for: "区商务局") == "区商务局")
    #expect(units.canonicalName(for: "未知单位") == "未知单位")
    #expect(units.closestName(to: "区商务厅") == "区商务局")
    #expect(units.closestName(to: "完全不同的名字很长") == nil)
  }

  @Test func datesAreValidated() {
    #expect(ISODate("2020-12-16")?.description == "2020-12-16")
    #expect(ISODate("2020-02-30") == nil)
    #expect(ISODate("2020-12-16")! < ISODate("2021-01-01")!)
  }

  @Test func diagnosticsPrintAsCompilerMessages() {
    let diagnostic = Diagnostic.error(
      SourceLocation(path: "Content/rounds/r/17.md", line: 3, column: 9), "unknown status \"基本完成\"",
      notes: ["add it to statuses in Content/site.yml"])
    #expect(
      diagnostic.description
        == "Content/rounds/r/17.md:3:9: error: unknown status \"基本完成\"\nnote: add it to statuses in Content/site.yml"
    )
  }

  @Test func roundIDsAreSafeInPaths() {
    #expect(RoundID("2020-12-16") != nil)
    #expect(RoundID("../x") == nil)
    #expect(RoundID(".hidden") == nil)
    #expect(RoundID("a b") == nil)
  }
}

@Suite struct Rounds {
  func task(_ number: Int, _ status: String, _ narrative: String = "n") -> KeyTask {
    KeyTask(
      number: number, section: 1, subsection: nil, text: "任务\(number)", units: ["甲"],
      status: status, narrative: narrative)
  }

  func round(_ id: String, _ tasks: [KeyTask]) -> Round {
    Round(id: RoundID(id)!, metadata: [MetadataEntry(key: "生成日期", value: id)], tasks: tasks)
  }

  @Test func comparisonSortsEveryChange() {
    let first = round(
      "2020-06-30",
      [
        task(1, "推进中"), task(2, "已完成"), task(3, "推进中"), task(4, "推进中"), task(5, "推进中"),
        task(6, "推进中"),
      ])
    let second = round(
      "2020-12-16",
      [
        task(1, "已完成"), task(2, "推进中"), task(3, "推进中,计划年底前完成"), task(4, "推进中", "新"), task(5, "推进中"),
        task(7, "未启动"),
      ])
    let comparison = RoundComparison(from: first, to: second, vocabulary: .standard)
    #expect(comparison.changes.map(\.number) == [1, 2, 3, 4, 6, 7])
    #expect(
      comparison.changes.map(\.kind) == [
        .newlyDone, .movedBackwards, .statusChanged, .narrativeChanged, .dropped, .added,
      ])
    #expect(comparison.statusChanges.map(\.number) == [1, 2, 3])
  }

  @Test func historyIsNewestFirstWithTheChangeMarked() {
    let report = Report(
      config: SiteConfig(title: "t"),
      rounds: [round("2020-12-16", [task(1, "已完成")]), round("2020-06-30", [task(1, "推进中")])])
    let history = ReportHistory(report: report).history(of: 1)
    #expect(history.map(\.round.rawValue) == ["2020-12-16", "2020-06-30"])
    #expect(history[0].previousStatus == "推进中")
    #expect(history[1].previousStatus == nil)
  }

  @Test(arguments: [
    ("推进中,计划年底前完成", "2020-12-31"), ("推进中,预计11月底完成", "2020-11-30"),
    ("推进中,计划上半年完成", "2020-06-30"), ("推进中,力争10月15日前完成", "2020-10-15"),
  ])
  func planWordsGiveADueDate(status: String, due: String) {
    #expect(
      DeadlinePolicy.plannedDate(inStatus: status, roundDate: ISODate("2020-06-01")!)?.description
        == due)
  }

  @Test func noPlanNoGuess() {
    let date = ISODate("2020-12-16")!
    #expect(DeadlinePolicy.plannedDate(inStatus: "推进中", roundDate: date) == nil)
    // A plan already past when stated: which year it meant cannot be told.
    #expect(DeadlinePolicy.plannedDate(inStatus: "推进中,预计11月底完成", roundDate: date) == nil)
  }

  @Test func overdueOnlyWhenPastDueAndNotDone() {
    let first = round("2020-12-16", [task(1, "推进中,计划年底前完成"), task(2, "推进中,计划年底前完成")])
    let second = round("2021-01-20", [task(1, "推进中"), task(2, "已完成")])
    let report = Report(config: SiteConfig(title: "t"), rounds: [first, second])
    let table = DeadlineTable(report: report)
    let inFirst = table.deadline(of: 1, in: first.id)
    #expect(inFirst?.due.description == "2020-12-31")
    #expect(inFirst?.source == .statusWords(first.id))
    #expect(inFirst?.isOverdue == false)
    #expect(table.deadline(of: 1, in: second.id)?.isOverdue == true)
    #expect(table.deadline(of: 2, in: second.id)?.isOverdue == false)
  }

  @Test func checkWarnsWhenATaskChangesAcrossRounds() {
    var moved = task(1, "推进中")
    moved.text = "另一个任务"
    let report = Report(
      config: SiteConfig(title: "t", units: UnitDirectory([UnitDefinition(name: "甲")])),
      rounds: [
        round("2020-06-30", [task(1, "推进中")]),
        Round(
          id: RoundID("2020-12-16")!, metadata: [MetadataEntry(key: "生成日期", value: "2020-12-16")],
          sections: [ReportSection(number: 1, title: "s")], tasks: [moved]),
      ])
    let diagnostics = ReportValidator(siteFile: "site.yml").validateAcrossRounds(report.rounds)
    #expect(diagnostics.map(\.message) == ["task 1's text differs from round 2020-06-30"])
  }
}

@Suite struct SpreadsheetTextTests {
  @Test(arguments: ["=HYPERLINK(\"x\")", "+1", "-2", "@SUM(A1)", "\t=1", "\r=1"])
  func formulaStartsAreNeutralisedAndRestored(cell: String) {
    let written = SpreadsheetText.neutralised(cell)
    #expect(written == "'" + cell)
    #expect(SpreadsheetText.restored(written) == cell)
  }

  @Test(arguments: ["已完成", "'引号开头", "1.任务", ""])
  func otherTextIsUntouched(cell: String) {
    #expect(SpreadsheetText.neutralised(cell) == cell)
    #expect(SpreadsheetText.restored(cell) == cell)
  }
}
