import Testing

@testable import ReportModel

@Suite struct Model {
  @Test(arguments: [("一", 1), ("九", 9), ("十", 10), ("十五", 15), ("二十", 20), ("九十九", 99)])
  func chineseNumeralsReadAndWrite(text: String, value: Int) {
    #expect(ChineseNumeral.value(of: text) == value)
    #expect(ChineseNumeral.text(for: value) == text)
  }

  @Test(arguments: ["", "零", "十十", "一百", "二二"])
  func invalidNumeralsAreRejected(text: String) {
    #expect(ChineseNumeral.value(of: text) == nil)
  }

  @Test func statusLookupIgnoresPunctuationWidth() {
    let vocabulary = StatusVocabulary.standard
    #expect(vocabulary.definition(for: "推进中，计划年底前完成")?.category == .scheduled)
    #expect(vocabulary.definition(for: "已完成")?.category == .done)
    #expect(vocabulary.definition(for: "达进度") == nil)
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
      SourceLocation(path: "Content/rounds/r/17.md", line: 3, column: 9), "unknown status \"达进度\"",
      notes: ["add it to statuses in Content/site.yml"])
    #expect(
      diagnostic.description
        == "Content/rounds/r/17.md:3:9: error: unknown status \"达进度\"\nnote: add it to statuses in Content/site.yml"
    )
  }

  @Test func roundIDsAreSafeInPaths() {
    #expect(RoundID("2020-12-16") != nil)
    #expect(RoundID("../x") == nil)
    #expect(RoundID(".hidden") == nil)
    #expect(RoundID("a b") == nil)
  }
}
