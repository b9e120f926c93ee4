/// The search index of the all-tasks page, in files under `tasks/search/` that the filter
/// script loads as scripts (so that it works from `file://`) only when someone searches:
///
/// - `meta.js`: every task's number, text, units, status, section and subsection, whether it
///   is overdue; the units with their aliases; the sections' and subsections' titles. Searched
///   whole, by substring.
/// - `b<k>.js`: the narratives' bigrams, spread over shards by ``shard(of:_:count:)``: for each
///   bigram, each task that has it and the ordinals (see ``SearchText``) where it starts. A
///   query loads only the shards of its own bigrams.
/// - `t<k>.js`: the narratives as plain text, ``textShardSize`` tasks a file, for excerpts of
///   the results shown.
///
/// All numbers in a posting list are deltas from the one before, so that gzip finds them.
struct SearchIndex: Sendable {
  struct Entry: Sendable {
    let number: Int
    let text: String
    /// Indexes into the units list, the lead first.
    let units: [Int]
    let category: String
    let label: String
    let written: String
    let section: Int
    let subsection: Int?
    let overdue: Bool
    /// The narrative rendered as HTML.
    let narrative: String
  }

  struct SectionEntry: Sendable {
    let number: Int
    let label: String
    let subsections: [(number: Int, label: String)]
  }

  struct UnitRecord: Sendable, Equatable {
    let name: String
    let slug: String
    let aliases: [String]
  }

  static let textShardSize = 20
  /// About this many postings per bigram shard.
  static let postingsPerShard = 10_000

  let entries: [Entry]
  let sections: [SectionEntry]
  let units: [UnitRecord]

  /// The shard of the bigram of units `first`, `second`: the same sum in `filter.js`.
  static func shard(of first: UInt16, _ second: UInt16, count: Int) -> Int {
    (Int(first) * 31 + Int(second)) % count
  }

  /// One file of the index: its name (`meta`, `b0` …, `t0` …) and its compact JSON value.
  typealias File = (name: String, json: String)

  /// The files: `meta`, the bigram files, then the text files.
  func files() -> [File] {
    let index = self
    return SearchIndexParts(groups: 1, index: index).files(group: 0)
  }

  func metaJSON(bigramShards: Int) -> String {
    var json = PrettyJSON(capacity: 256 + entries.count * 200, compact: true)
    json.beginObject()
    json.key("bigramShards")
    json.int(bigramShards)
    json.key("sections")
    json.beginArray()
    for section in sections {
      json.element()
      json.beginArray()
      json.element()
      json.int(section.number)
      json.element()
      json.string(section.label)
      for subsection in section.subsections {
        json.element()
        json.int(subsection.number)
        json.element()
        json.string(subsection.label)
      }
      json.endArray()
    }
    json.endArray()
    json.key("tasks")
    json.beginArray()
    for entry in entries {
      json.element()
      json.beginArray()
      json.element()
      json.int(entry.number)
      json.element()
      json.string(entry.text)
      json.element()
      json.beginArray()
      for unit in entry.units {
        json.element()
        json.int(unit)
      }
      json.endArray()
      // The status as written only when it says more than the label.
      for value in [entry.category, entry.label, entry.written == entry.label ? "" : entry.written]
      {
        json.element()
        json.string(value)
      }
      json.element()
      json.int(entry.section)
      json.element()
      json.int(entry.subsection ?? 0)
      json.element()
      json.int(entry.overdue ? 1 : 0)
      json.endArray()
    }
    json.endArray()
    json.key("textShardSize")
    json.int(Self.textShardSize)
    json.key("units")
    json.beginArray()
    for unit in units {
      json.element()
      json.beginArray()
      json.element()
      json.string(unit.name)
      json.element()
      json.string(unit.slug)
      for alias in unit.aliases {
        json.element()
        json.string(alias)
      }
      json.endArray()
    }
    json.endArray()
    json.endObject()
    return String(decoding: json.bytes, as: UTF8.self)
  }
}
