import Foundation

/// The files of a ``SearchIndex`` made in `groups` parts of the page stream, so that neither
/// the bigrams' postings nor the files' JSON are ever all in memory at once: part `g` makes
/// the bigram files `b<k>` and the text files `t<k>` with `k % groups == g` (part 0 also
/// `meta`), collecting the postings of its own bigram shards only.
///
/// What the parts share (the index's entries, the narratives' folded units and the number of
/// bigram shards) is made by the first part that needs it and let go after the last part.
/// Each file holds the same bytes as with one part: a bigram's postings are collected in task
/// order whichever part collects them.
final class SearchIndexParts: @unchecked Sendable {
  let groups: Int
  private let makeIndex: @Sendable () -> SearchIndex
  /// Guards everything below.
  private let lock = NSLock()
  private var shared: Shared?
  private var partsLeft: Int

  /// The narratives' folded units, one after another, with where each task's start.
  private struct Shared {
    let index: SearchIndex
    let units: [UInt16]
    /// `starts[i]..<starts[i + 1]` are task i's units.
    let starts: [Int]
    let shardCount: Int
  }

  init(groups: Int, index makeIndex: @escaping @Sendable () -> SearchIndex) {
    self.groups = max(1, groups)
    self.makeIndex = makeIndex
    partsLeft = self.groups
  }

  /// The files of part `group`, by name; call it once for each group.
  func files(group: Int) -> [SearchIndex.File] {
    let shared = takeShared()
    let index = shared.index
    var files: [SearchIndex.File] = []
    if group == 0 {
      files.append((name: "meta", json: index.metaJSON(bigramShards: shared.shardCount)))
    }
    let shards = Array(stride(from: group, to: shared.shardCount, by: groups))
    let postings = Self.postings(shared, group: group, of: groups)
    // Every bigram collected is in a shard of this group: `shards[(shard - group) / groups]`.
    var idsByShard = Array(repeating: [Int](), count: shards.count)
    for (id, key) in postings.keys.enumerated() {
      let shard = SearchIndex.shard(
        of: UInt16(key >> 16), UInt16(key & 0xFFFF), count: shared.shardCount)
      idsByShard[(shard - group) / groups].append(id)
    }
    for (slot, shard) in shards.enumerated() {
      let ids = idsByShard[slot].sorted { postings.keys[$0] < postings.keys[$1] }
      files.append((name: "b\(shard)", json: postings.json(ids)))
    }
    let size = SearchIndex.textShardSize
    let textShards = (index.entries.count + size - 1) / size
    for shard in stride(from: group, to: textShards, by: groups) {
      let range = (shard * size)..<min(index.entries.count, (shard + 1) * size)
      var json = PrettyJSON(capacity: 1 << 14, compact: true)
      json.strings(range.map { SearchText.plain(html: index.entries[$0].narrative) })
      files.append((name: "t\(shard)", json: String(decoding: json.bytes, as: UTF8.self)))
    }
    return files
  }

  /// What the parts share, made by the first caller; forgotten when the last part has it.
  private func takeShared() -> Shared {
    lock.withLock {
      let made = shared ?? Self.makeShared(makeIndex())
      partsLeft -= 1
      shared = partsLeft > 0 ? made : nil
      return made
    }
  }

  private static func makeShared(_ index: SearchIndex) -> Shared {
    var units: [UInt16] = []
    var starts = [0]
    starts.reserveCapacity(index.entries.count + 1)
    var total = 0
    for entry in index.entries {
      let folded = SearchText.foldedPlain(html: entry.narrative)
      units += folded
      starts.append(units.count)
      guard folded.count > 1 else { continue }
      for ordinal in 0..<(folded.count - 1)
      where !isSurrogate(folded[ordinal]) && !isSurrogate(folded[ordinal + 1]) {
        total += 1
      }
    }
    return Shared(
      index: index, units: units, starts: starts,
      shardCount: max(1, total / SearchIndex.postingsPerShard))
  }

  private static func isSurrogate(_ unit: UInt16) -> Bool { (0xD800...0xDFFF).contains(unit) }

  /// For each bigram of the shards of `group`: per task that has it, in task order, the
  /// task's position and the ordinals where the bigram starts.
  private static func postings(_ shared: Shared, group: Int, of groups: Int) -> BigramPostings {
    BigramPostings { visit in
      let units = shared.units
      for position in 0..<(shared.starts.count - 1) {
        let start = shared.starts[position]
        let end = shared.starts[position + 1]
        guard end - start > 1 else { continue }
        for at in start..<(end - 1) {
          let first = units[at]
          let second = units[at + 1]
          if isSurrogate(first) || isSurrogate(second) { continue }
          if groups > 1,
            SearchIndex.shard(of: first, second, count: shared.shardCount) % groups != group
          {
            continue
          }
          visit(UInt32(first) << 16 | UInt32(second), Int32(position), Int32(at - start))
        }
      }
    }
  }
}
