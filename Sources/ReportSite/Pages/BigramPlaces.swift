/// Every place of every bigram of one search index, kept by a ``BuildSession`` with the
/// index's bigram files (see ``KeptSearchShards``), so that after an edit of a few narratives
/// the files of the shards the edit touches are written from the places of their own bigrams,
/// not from a walk over every narrative.
///
/// A place is a task's position and the ordinal where the bigram starts in the task's folded
/// units, as `position << 32 | ordinal`; each bigram's places are sorted, which is task order
/// and, within a task, ordinal order: the order in which ``BigramPostings`` collects them.
struct BigramPlaces: Sendable {
  let shardCount: Int
  /// Each bigram's places, sorted.
  private var byBigram: [UInt32: [UInt64]] = [:]
  /// The bigrams of each shard that have places, sorted.
  private var keysByShard: [[UInt32]]

  init(shardCount: Int) {
    self.shardCount = shardCount
    keysByShard = Array(repeating: [], count: shardCount)
  }

  /// Adds every bigram of `postings` with its places; none of them may be here already.
  mutating func add(_ postings: BigramPostings) {
    byBigram.reserveCapacity(byBigram.count + postings.keys.count)
    postings.forEachBigram { key, places in
      byBigram[key] = places
      keysByShard[shard(of: key)].append(key)
    }
  }

  /// Ends the adding: each shard's bigrams in order.
  mutating func sortKeys() {
    for shard in keysByShard.indices { keysByShard[shard].sort() }
  }

  /// Adds the places of `other`, which has bigrams of other shards.
  mutating func merge(_ other: BigramPlaces) {
    byBigram.merge(other.byBigram) { mine, _ in mine }
    for shard in keysByShard.indices where !other.keysByShard[shard].isEmpty {
      keysByShard[shard] = (keysByShard[shard] + other.keysByShard[shard]).sorted()
    }
  }

  /// Replaces the places of the task at `position`, whose folded units were `old` and are
  /// `new`: only the bigrams whose places differ (see
  /// ``KeptSearchShards/changedBigrams(_:_:)``) change.
  mutating func replace(task position: Int, old: [UInt16], new: [UInt16]) {
    let after = KeptSearchShards.places(new)
    let changed = KeptSearchShards.changedBigrams(KeptSearchShards.places(old), after)
    guard !changed.isEmpty else { return }
    // The task's new places of the changed bigrams; `after` is in bigram, then ordinal order.
    var newPlaces: [UInt32: [UInt64]] = [:]
    let task = UInt64(position) << 32
    let wanted = Set(changed)
    for place in after where wanted.contains(UInt32(place >> 32)) {
      newPlaces[UInt32(place >> 32), default: []].append(task | (place & 0xFFFF_FFFF))
    }
    for key in changed {
      let shard = shard(of: key)
      var places = byBigram.removeValue(forKey: key) ?? []
      let start = Self.firstIndex(in: places, notBelow: task)
      let end = Self.firstIndex(in: places, notBelow: task + (1 << 32))
      let added = newPlaces[key] ?? []
      places.replaceSubrange(start..<end, with: added)
      let keys = keysByShard[shard]
      let slot = Self.firstIndex(in: keys, notBelow: key)
      let listed = slot < keys.count && keys[slot] == key
      if places.isEmpty {
        if listed { keysByShard[shard].remove(at: slot) }
      } else {
        if !listed { keysByShard[shard].insert(key, at: slot) }
        byBigram[key] = places
      }
    }
  }

  /// The JSON of the bigram file of `shard`, as ``BigramPostings/json(_:)`` writes it from
  /// a walk over every narrative.
  func json(shard: Int) -> String {
    let keys = keysByShard[shard]
    let postings = BigramPostings { visit in
      for key in keys {
        for place in byBigram[key] ?? [] {
          visit(key, Int32(truncatingIfNeeded: place >> 32), Int32(truncatingIfNeeded: place))
        }
      }
    }
    // The ids are given in the order of the walk, which is the bigrams' order.
    return postings.json(Array(0..<postings.keys.count))
  }

  private func shard(of key: UInt32) -> Int {
    SearchIndex.shard(of: UInt16(key >> 16), UInt16(key & 0xFFFF), count: shardCount)
  }

  /// The first index of sorted `values` whose value is `value` or more.
  private static func firstIndex<Value: Comparable>(in values: [Value], notBelow value: Value)
    -> Int
  {
    var (low, high) = (0, values.count)
    while low < high {
      let middle = (low + high) / 2
      if values[middle] < value { low = middle + 1 } else { high = middle }
    }
    return low
  }
}
