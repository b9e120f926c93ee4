/// The bigram files of one search index as a build of a ``BuildSession`` made them, with the
/// folded texts, task by task, that they were made of, so that the next build of the same
/// index makes again only the files an edit can change.
///
/// A bigram file `b<k>` holds, for each bigram of shard `k`, every task position and ordinal
/// where it starts. With as many tasks and as many shards as before, a task whose folded text
/// is the same adds the same places to the same files; a task whose text changed changes only
/// the files of the bigrams of its old and of its new text. Every other file has the same
/// bytes as before, and is taken as it was kept.
///
/// It also keeps the index it was made from, each task's plain text, the text files `t<k>`
/// and `meta`: a task whose narrative is the same `String` as the kept one at its place (the
/// session's rendered Markdown, see ``BuildSession``) takes its texts from here without
/// reading its HTML again; a text file whose tasks all have the same narratives, and `meta`
/// when no task, section or unit changed, are taken as they were kept.
///
/// With the files, every place of every bigram (``BigramPlaces``), when the build collected
/// them: the next build moves the places of the tasks whose texts changed and writes the
/// touched shards' files from them, without a walk over every narrative.
struct KeptSearchShards: Sendable {
  /// Each task's folded units, in task order.
  let texts: [[UInt16]]
  let shardCount: Int
  /// The JSON of each bigram file, by shard.
  let files: [String]
  /// The index the files were made of, each task's plain text, the JSON of each text file by
  /// shard, and of `meta`.
  var index: SearchIndex? = nil
  var plains: [String] = []
  var textFiles: [String] = []
  var meta: String? = nil
  /// Every bigram's places in `texts`, in `shardCount` shards (see ``BigramPlaces``).
  var places: BigramPlaces? = nil
  /// Each task's count of bigrams, in task order.
  var pairCounts: [Int] = []

  /// The kept index's tasks, when their texts and plain texts are kept too (else none).
  var entries: [SearchIndex.Entry] {
    guard let index, plains.count == index.entries.count, texts.count == index.entries.count
    else { return [] }
    return index.entries
  }

  /// Whether `index`'s `meta` file is the kept one's: every task, section and unit the same
  /// but the narratives, and as many bigram files.
  func hasMeta(of other: SearchIndex, shardCount: Int) -> Bool {
    guard let index, meta != nil, shardCount == self.shardCount,
      index.entries.count == other.entries.count, index.units == other.units,
      index.sections.count == other.sections.count
    else { return false }
    for (one, two) in zip(index.sections, other.sections) {
      guard one.number == two.number, one.label == two.label,
        one.subsections.count == two.subsections.count,
        zip(one.subsections, two.subsections).allSatisfy({ $0 == $1 })
      else { return false }
    }
    return zip(index.entries, other.entries).allSatisfy { one, two in
      one.number == two.number && one.text == two.text && one.units == two.units
        && one.category == two.category && one.label == two.label && one.written == two.written
        && one.section == two.section && one.subsection == two.subsection
        && one.overdue == two.overdue
    }
  }

  /// For an index of tasks with folded units `texts` in `shardCount` shards: per shard, the
  /// kept JSON when the shard's file cannot have changed, nil when it must be made; nil when
  /// the index is not comparable (another count of tasks or shards) or too much changed for
  /// the comparison to pay.
  func reusable(texts new: [[UInt16]], shardCount: Int) -> [String?]? {
    guard shardCount == self.shardCount, new.count == texts.count, files.count == shardCount
    else { return nil }
    var touched = Array(repeating: false, count: shardCount)
    var changed = 0
    for position in new.indices where new[position] != texts[position] {
      changed += 1
      if changed > max(16, new.count / 16) { return nil }
      for key in Self.changedBigrams(texts[position], new[position]) {
        let shard = SearchIndex.shard(
          of: UInt16(key >> 16), UInt16(key & 0xFFFF), count: shardCount)
        touched[shard] = true
      }
    }
    return files.indices.map { touched[$0] ? nil : files[$0] }
  }

  /// The bigrams whose places (ordinals) differ between a task's `old` and `new` folded
  /// units: only their postings, and so only their shards' files, can differ.
  static func changedBigrams(_ old: [UInt16], _ new: [UInt16]) -> [UInt32] {
    changedBigrams(places(old), places(new))
  }

  /// The bigrams whose places differ between `before` and `after`, each task's places as
  /// ``places(_:)`` gives them.
  static func changedBigrams(_ before: [UInt64], _ after: [UInt64]) -> [UInt32] {
    var changed: [UInt32] = []
    var (one, other) = (0, 0)
    while one < before.count || other < after.count {
      let key = min(
        one < before.count ? before[one] >> 32 : .max,
        other < after.count ? after[other] >> 32 : .max)
      let oneEnd = before[one...].firstIndex { $0 >> 32 != key } ?? before.count
      let otherEnd = after[other...].firstIndex { $0 >> 32 != key } ?? after.count
      if !before[one..<oneEnd].elementsEqual(after[other..<otherEnd]) {
        changed.append(UInt32(key))
      }
      (one, other) = (oneEnd, otherEnd)
    }
    return changed
  }

  /// Each bigram's places in `units`: bigram << 32 | ordinal, sorted.
  static func places(_ units: [UInt16]) -> [UInt64] {
    guard units.count > 1 else { return [] }
    var places: [UInt64] = []
    places.reserveCapacity(units.count)
    for at in 0..<(units.count - 1) {
      let (first, second) = (units[at], units[at + 1])
      if isSurrogate(first) || isSurrogate(second) { continue }
      places.append(UInt64(first) << 48 | UInt64(second) << 32 | UInt64(at))
    }
    return places.sorted()
  }

  private static func isSurrogate(_ unit: UInt16) -> Bool { (0xD800...0xDFFF).contains(unit) }
}
