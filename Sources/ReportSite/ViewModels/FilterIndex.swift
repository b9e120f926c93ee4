import Foundation
import SiteTemplates

/// `tasks/filter-index.js`: every task in a compact form for the filter on a paginated
/// all-tasks page, loaded only when someone starts filtering.
struct FilterIndex: Sendable {
  /// A JSON array, written as it is into the script.
  let json: String
}

/// One task in the filter index (short keys keep the file small).
struct FilterRecord: Codable, Sendable {
  /// Number, text, units, status category, status label, section, unit slugs, page.
  let n: Int
  let t: String
  let u: String
  let s: String
  let l: String
  let c: Int
  let k: String
  let h: String
}

extension FilterRecord {
  /// The records as a compact JSON array with sorted keys: the bytes `JSONEncoder` gives with
  /// `.sortedKeys, .withoutEscapingSlashes` (see ``encodedByJSONEncoder(_:)``).
  static func json(_ records: [FilterRecord]) -> String {
    var json = PrettyJSON(capacity: 64 + records.count * 256, compact: true)
    json.beginArray()
    for record in records {
      json.element()
      json.beginObject()
      json.key("c")
      json.int(record.c)
      json.key("h")
      json.string(record.h)
      json.key("k")
      json.string(record.k)
      json.key("l")
      json.string(record.l)
      json.key("n")
      json.int(record.n)
      json.key("s")
      json.string(record.s)
      json.key("t")
      json.string(record.t)
      json.key("u")
      json.string(record.u)
      json.endObject()
    }
    json.endArray()
    return String(decoding: json.bytes, as: UTF8.self)
  }

  /// The same text through `JSONEncoder`, the reference for ``json(_:)``.
  static func encodedByJSONEncoder(_ records: [FilterRecord]) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return (try? encoder.encode(records)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
  }
}

extension FilterIndex: TemplateModel {
  static let templateFields: TemplateFields<Self> = [
    .html("json", \.json)
  ]
}
