import Foundation
import ReportModel
import ReportText
import Testing

@testable import ReportSite

/// GB/T 15834: Chinese text takes full-width punctuation. A report written all in full-width,
/// built into a site, shows no half-width `,:;()!?` next to a Chinese character: any that
/// appears was written by the theme or the tool.
@Suite struct FullWidthTests {
  static let halfToFull: [Character: Character] = [
    ",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "!": "！", "?": "？",
  ]

  /// The fixture's text with every half-width `,:;()!?` made full-width.
  static func fullWidthRound(_ resource: String) throws -> Round {
    let url = try #require(
      Bundle.module.url(forResource: "Fixtures/" + resource, withExtension: "txt"))
    let text = String(try String(contentsOf: url, encoding: .utf8).map { halfToFull[$0] ?? $0 })
    let (round, diagnostics) = ReportTextParser(vocabulary: .standard).parse(text, path: resource)
    #expect(!diagnostics.hasErrors, "\(diagnostics)")
    return try #require(round)
  }

  static func isChinese(_ scalar: Unicode.Scalar) -> Bool {
    (0x4E00...0x9FFF).contains(scalar.value) || (0x3000...0x303F).contains(scalar.value)
      || (0xFF01...0xFF5E).contains(scalar.value)
  }

  /// Each half-width mark next to a Chinese character, with a little context.
  static func halfWidthMarks(in text: String) -> [String] {
    let scalars = Array(text.unicodeScalars)
    var found: [String] = []
    for (position, scalar) in scalars.enumerated() where ",:;()!?".unicodeScalars.contains(scalar) {
      let before = position > 0 && isChinese(scalars[position - 1])
      let after = position + 1 < scalars.count && isChinese(scalars[position + 1])
      guard before || after else { continue }
      let lower = max(0, position - 12)
      let upper = min(scalars.count, position + 12)
      var context = String.UnicodeScalarView()
      context.append(contentsOf: scalars[lower..<upper])
      found.append(String(context))
    }
    return found
  }

  @Test func detectorFindsHalfWidthNextToChinese() {
    #expect(Self.halfWidthMarks(in: "共 3 项,已完成").count == 1)
    #expect(Self.halfWidthMarks(in: "责任单位:区商务局").count == 1)
    #expect(Self.halfWidthMarks(in: "（牵头）、a, b (c)").isEmpty)
  }

  @Test func fullWidthReportGivesFullWidthSite() throws {
    let folder = try TemporaryFolder()
    let config = SiteConfig(
      title: "示范区《政府工作报告》重点任务落实情况", publisher: "示范区人民政府办公室",
      baseURL: "https://www.example.gov.cn/gzbg/", units: SiteFixture.units)
    let report = Report(
      config: config,
      rounds: [try Self.fullWidthRound("seed"), try Self.fullWidthRound("round2-2021-01-20")])
    try SiteFixture.build(report, into: folder.output)
    let files = try SiteFixture.tree(folder.output)
    // The search index's bigram shards hold folded (half-width) pairs of units, not words.
    let checked = files.filter { path, _ in
      [".html", ".xml", ".csv", ".svg", ".js"].contains { path.hasSuffix($0) }
        && !path.contains("tasks/search/b")
    }
    #expect(checked.count > 200)
    for (path, data) in checked.sorted(by: { $0.key < $1.key }) {
      let text = String(decoding: data, as: UTF8.self)
      // In tasks.csv the commas between fields are the format's, not words: check each field
      // (the report's own text holds no half-width comma, so none is split wrongly).
      let parts = path.hasSuffix(".csv") ? text.split(separator: ",").map(String.init) : [text]
      let marks = parts.flatMap(Self.halfWidthMarks(in:))
      #expect(marks.isEmpty, "\(path): \(marks.prefix(5))")
    }
  }
}
