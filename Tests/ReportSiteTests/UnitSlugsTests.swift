import ReportModel
import Testing

@testable import ReportSite

@Suite struct UnitSlugsTests {
  @Test func pinyinFromICU() {
    #expect(UnitSlugs.pinyin("区卫生健康委") == "qu-wei-sheng-jian-kang-wei")
    #expect(UnitSlugs.pinyin("区政府办(区外办)") == "qu-zheng-fu-ban-qu-wai-ban")
    #expect(UnitSlugs.pinyin("区政府办（区外办）") == "qu-zheng-fu-ban-qu-wai-ban")
    #expect(UnitSlugs.pinyin("5G 产业园") == "5g-chan-ye-yuan")
  }

  @Test func namesTransliteratedTogetherGetTheSlugsTheyGetAlone() {
    let names = [
      "区卫生健康委", "区政府办(区外办)", "区政府办（区外办）", "5G 产业园", "🙂", "", "Ab 12",
      "区教體局", "长江路街道", "重庆", "西安", "区住建局 ", "乐山", "单县", "区发改委\r",
    ]
    let many = (0..<40).flatMap { index in names.map { $0 + (index % 3 == 0 ? "" : "行") } }
    #expect(UnitSlugs.pinyin(many) == many.map { UnitSlugs.pinyin($0) })
  }

  @Test func setSlugsWinAndCollisionsGetSuffixesInNameOrder() {
    let directory = UnitDirectory([
      UnitDefinition(name: "区卫生健康委", slug: "Health Commission")
    ])
    // 区教体局 and 区教體局 read the same in pinyin; 局 < 體 decides who gets the plain slug.
    let slugs = UnitSlugs.slugs(
      for: ["区教體局", "区教体局", "区卫生健康委", "🙂", "qu-jiao-ti-ju"], directory: directory)
    #expect(slugs["区卫生健康委"] == "health-commission")
    #expect(slugs["qu-jiao-ti-ju"] == "qu-jiao-ti-ju")
    #expect(slugs["区教体局"] == "qu-jiao-ti-ju-2")
    #expect(slugs["区教體局"] == "qu-jiao-ti-ju-3")
    #expect(slugs["🙂"] == "unit")
    #expect(Set(slugs.values).count == slugs.count)
  }
}

@Suite struct UnitSlugBounds {
  @Test func aMegabyteNameGivesABoundedSlugQuickly() {
    let name = String(repeating: "区卫生健康委员会", count: 131_072 / 8 * 8 / 3)
    let start = ContinuousClock.now
    let slug = UnitSlugs.slugs(for: [name, "区商务局"], directory: UnitDirectory())[name]!
    #expect(ContinuousClock.now - start < .seconds(1))
    #expect(slug.utf8.count <= UnitSlugs.maximumLength)
    #expect(slug.hasPrefix("qu-wei-sheng-jian-kang-wei-yuan-hui-qu-wei"))
    #expect(!slug.hasSuffix("-"))
  }

  @Test func slugsAreCutAtAWord() {
    let words = (0..<40).map { _ in "abcd" }.joined(separator: " ")
    #expect(UnitSlugs.clean(words) == (0..<20).map { _ in "abcd" }.joined(separator: "-"))
    #expect(UnitSlugs.clean(String(repeating: "x", count: 300)).utf8.count == 100)
  }
}

/// Slugs over several reports: a later report never changes an earlier one's.
@Suite struct UnitSlugsAcrossReports {
  @Test func aLaterReportsUnitTakesTheNextSlug() {
    // Same pinyin; "区·商务局" sorts first, so in one list it would take the plain slug.
    let alone = UnitSlugs.slugs(for: ["区商务局", "区·商务局"], directory: UnitDirectory())
    #expect(alone["区·商务局"] == "qu-shang-wu-ju")
    let first = UnitSlugs.slugs(forGroups: [["区商务局"]], directory: UnitDirectory())
    let both = UnitSlugs.slugs(forGroups: [["区商务局"], ["区·商务局"]], directory: UnitDirectory())
    #expect(first["区商务局"] == "qu-shang-wu-ju")
    #expect(both["区商务局"] == "qu-shang-wu-ju")
    #expect(both["区·商务局"] == "qu-shang-wu-ju-2")
  }

  @Test func aSlugSetInSiteYmlWinsOverAnEarlierReportsDerivedOne() {
    let directory = UnitDirectory([UnitDefinition(name: "区·商务局", slug: "qu-shang-wu-ju")])
    let both = UnitSlugs.slugs(forGroups: [["区商务局"], ["区·商务局"]], directory: directory)
    #expect(both["区·商务局"] == "qu-shang-wu-ju")
    #expect(both["区商务局"] == "qu-shang-wu-ju-2")
  }
}
