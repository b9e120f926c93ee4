import Foundation
import Testing

@testable import ReportSite

/// The search index: narratives as readers see them, folded the way filter.js folds queries,
/// every character pair with the positions where it starts.
@Suite struct SearchIndexTests {
  @Test func plainTextIsWhatTheReaderSees() {
    #expect(
      SearchText.plain(
        html:
          "<p>引进<strong>拼多多</strong>项目&amp;基地&lt;一期&gt;。</p>\n<ul>\n<li>甲</li>\n<li>乙</li>\n</ul>\n"
      )
        == "引进拼多多项目&基地<一期>。 甲 乙")
    #expect(SearchText.plain(html: "<h3>标题</h3>\n<p>正文&#x4E00;&#20108;</p>") == "标题 正文一二")
    // Tag names in any case: inline ones join, block ones part.
    #expect(SearchText.plain(html: "<P>拼<STRONG>多</Strong>多</P><P>甲</p>") == "拼多多 甲")
    #expect(SearchText.plain(html: "<p>x<Abbr>y</Abbr><abbr2>z</p>") == "xy z")
  }

  @Test func foldingMatchesTheScript() {
    #expect(SearchText.folded("Ａ Ｂ　c\nD") == Array("abcd".utf16))
    #expect(SearchText.folded("（一）") == Array("(一)".utf16))
  }

  /// The index folds a narrative's plain text from its bytes, as the text's UTF-16 units.
  @Test(arguments: [
    "<p>Ａ Ｂ　c\nD 😀 &#x1F600; &#xD800; &#0; &amp;&lt;</p>", "", "<ul>\n<li>甲</li>\n</ul>",
    "<p>拼<strong>多多</strong>\u{A0}项目</p>", "<p>Café ÀÉß\tΩ\r\n𠀋 x</p>",
  ])
  func foldsPlainTextAsItsUnits(html: String) {
    let plain = SearchText.plain(html: html)
    #expect(SearchText.foldedPlain(html: html) == SearchText.folded(plain))
    #expect(
      SearchText.folded(plain)
        == plain.utf16.filter { !SearchText.isSpace($0) }.map(SearchText.fold))
  }

  /// Decodes one shard's postings for `pair`: task position → ordinals.
  func postings(_ json: String, _ pair: String) throws -> [Int: [Int]] {
    let rows = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[Any]])
    guard let row = rows.first(where: { $0.first as? String == pair }) else { return [:] }
    let numbers = row.dropFirst().compactMap { $0 as? Int }
    var result: [Int: [Int]] = [:]
    var index = 0
    var task = 0
    while index < numbers.count {
      task += numbers[index]
      let count = numbers[index + 1]
      var ordinal = 0
      result[task] = numbers[(index + 2)..<(index + 2 + count)].map {
        ordinal += $0
        return ordinal
      }
      index += 2 + count
    }
    return result
  }

  @Test func pairsKnowWhereTheyStart() throws {
    func entry(_ number: Int, _ narrative: String) -> SearchIndex.Entry {
      SearchIndex.Entry(
        number: number, text: "任务\(number)", units: [], category: "done", label: "已完成",
        written: "已完成", section: 1, subsection: nil, overdue: false, narrative: narrative)
    }
    let index = SearchIndex(
      entries: [entry(1, "<p>多多益善，多多。</p>"), entry(2, "<p>拼 多多</p>"), entry(3, "<p>无</p>")],
      sections: [], units: [])
    let files = index.files()
    #expect(files.map(\.name) == ["meta", "b0", "t0"])
    let shard = try #require(files.first { $0.name == "b0" }).json
    // 多多 starts at ordinals 0 and 5 of task 0 (…，多多), and at 1 of task 1 (spaces skipped).
    #expect(try postings(shard, "多多") == [0: [0, 5], 1: [1]])
    #expect(try postings(shard, "拼多") == [1: [0]])
    #expect(try postings(shard, "无").isEmpty)
    #expect(files.last?.json == "[\"多多益善，多多。\",\"拼 多多\",\"无\"]")
  }
}
