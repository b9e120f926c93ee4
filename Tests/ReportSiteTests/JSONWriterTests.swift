import Foundation
import ReportModel
import Testing

@testable import ReportSite

/// data.json and the filter index are written by ``PrettyJSON``; they must be the bytes
/// `JSONEncoder` gives.
@Suite struct JSONWriterTests {
  /// Text that needs every kind of escape, and some that must not be escaped.
  static let awkward = "引号\"反斜杠\\斜杠/制表\t换行\n回车\r\u{8}\u{C}\u{1}\u{1F}\u{7F} 😀 <&>'"

  static func context(_ report: Report) throws -> SiteContext {
    try SiteContext(report: report, renderer: .init())
  }

  @Test func dataJSONIsWhatJSONEncoderWrites() throws {
    let seed = try Self.context(try SiteFixture.report())
    let data = OpenData(seed)
    #expect(data.encoded() == (try data.encodedByJSONEncoder()))
  }

  @Test func awkwardTextAndEmptyListsAreWrittenAsJSONEncoderWritesThem() throws {
    let report = try SiteFixture.report { round in
      round.tasks[0].text = Self.awkward
      round.tasks[0].narrative = Self.awkward
      round.tasks[1].units = ["区人社局", "区人社局"]
      round.metadata.append(MetadataEntry(key: "空", value: ""))
    }
    var data = OpenData(try Self.context(report))
    data.changes = [
      .init(number: 1, kind: "added", before: nil, after: .init(label: "已完成", category: "done")),
      .init(number: 2, kind: "dropped", before: .init(label: "a\"b", category: "c"), after: nil),
    ]
    data.units[0].aliases = []
    data.rounds[0].date = nil
    data.title = Self.awkward
    #expect(data.encoded() == (try data.encodedByJSONEncoder()))
    data.tasks = []
    data.rounds = []
    #expect(data.encoded() == (try data.encodedByJSONEncoder()))
  }

  /// Wherever the characters to escape fall (strings are scanned eight bytes at a time), the
  /// text is what `JSONEncoder` writes.
  @Test func escapesFallingAnywhereAreWrittenAsJSONEncoderWritesThem() throws {
    let pieces = [
      "推进", "a", "\"", "\\", "/", "\n", "\t", "\u{1}", "\u{1F}", " ", "!", "#", "\u{7F}", "é", "😀",
    ]
    var generator = SystemRandomNumberGenerator()
    let texts = (0..<500).map { _ in
      let length = Int.random(in: 0...30, using: &generator)
      return (0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined()
    }
    var json = PrettyJSON(compact: true)
    json.strings(texts + [Self.awkward])
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.withoutEscapingSlashes]
    let reference = try encoder.encode(texts + [Self.awkward])
    #expect(
      String(decoding: json.bytes, as: UTF8.self) == String(decoding: reference, as: UTF8.self))
  }
}
