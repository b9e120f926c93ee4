import Foundation
import ReportModel
import Testing

@testable import ReportSite
@testable import SiteOutput

/// The units' pinyin kept in the output's marker file, so that the next build of the same tool
/// need not open ICU's transliterator.
@Suite struct UnitPinyinTests {
  private static let names = ["区商务局", "区·商务局", "区卫生健康委", "5G 产业园", "🙂", "区教体局"]

  @Test func knownPinyinGivesTheSlugsMadeFromNothing() {
    let directory = UnitDirectory([UnitDefinition(name: "区教体局", slug: "Education")])
    let groups = [Array(Self.names.prefix(3)), Array(Self.names.dropFirst(3))]
    let fresh = UnitSlugs.slugs(forGroups: groups, directory: directory, knownPinyin: [:])
    #expect(fresh.slugs == UnitSlugs.slugs(forGroups: groups, directory: directory))
    // A set slug is not made from pinyin: it has none.
    #expect(fresh.pinyin["区教体局"] == nil)
    #expect(fresh.pinyin["区卫生健康委"] == "qu-wei-sheng-jian-kang-wei")
    #expect(fresh.pinyin.count == Self.names.count - 1)
    // All known, or some: the same slugs and pinyin.
    let known = UnitSlugs.slugs(forGroups: groups, directory: directory, knownPinyin: fresh.pinyin)
    #expect(known.slugs == fresh.slugs)
    #expect(known.pinyin == fresh.pinyin)
    var some = fresh.pinyin
    some["区商务局"] = nil
    let partly = UnitSlugs.slugs(forGroups: groups, directory: directory, knownPinyin: some)
    #expect(partly.slugs == fresh.slugs)
    #expect(partly.pinyin == fresh.pinyin)
  }

  @Test func aKnownNameIsNotTransliteratedAgain() {
    let made = UnitSlugs.slugs(
      forGroups: [["区商务局", "区卫生健康委"]], directory: UnitDirectory(),
      knownPinyin: ["区商务局": "kept"])
    #expect(made.slugs["区商务局"] == "kept")
    #expect(made.slugs["区卫生健康委"] == "qu-wei-sheng-jian-kang-wei")
    #expect(made.pinyin == ["区商务局": "kept", "区卫生健康委": "qu-wei-sheng-jian-kang-wei"])
  }

  @Test func theMarkerKeepsThePinyinForTheSameTool() throws {
    let folder = try TemporaryFolder()
    let output = OutputDirectory(folder.output)
    let pinyin = ["区商务局": "qu-shang-wu-ju", "🙂": "", "名 有 空格": "ming-you-kong-ge"]
    output.unitPinyin = pinyin.merging(["区发改委\r": "qu-fa-gai-wei", "a\nb": "a-b"]) { $1 }
    try output.prepare()
    try output.write(Data("page".utf8), to: "index.html")
    try output.commit()
    // Names with a line break are left out.
    #expect(OutputDirectory.unitPinyin(in: folder.output) == pinyin)
    let marker = folder.output.appendingPathComponent(OutputDirectory.markerName)
    let text = try String(contentsOf: marker, encoding: .utf8)
    // Another executable's table is not used.
    let byAnother = text.replacingOccurrences(
      of: "pinyin by: ", with: "pinyin by: 0", options: [], range: nil)
    try Data(byAnother.utf8).write(to: marker)
    #expect(OutputDirectory.unitPinyin(in: folder.output).isEmpty)
    // Nor one with a line that is not as the tool writes it.
    try Data((text + "pinyin: Qu 区\n").utf8).write(to: marker)
    #expect(OutputDirectory.unitPinyin(in: folder.output).isEmpty)
    try Data(text.utf8).write(to: marker)
    #expect(OutputDirectory.unitPinyin(in: folder.output) == pinyin)
  }
}
