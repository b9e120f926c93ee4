import Foundation
import ReportModel

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
  /// The tasks' narratives by position, as the index's entries have them, and how many: when
  /// given, a build without a session makes the index only for `meta` and lets it go.
  private let narrative: (@Sendable (Int) -> String)?
  private let count: Int?
  /// Without a session: the old site's index, when a build may keep some of its files
  /// unread (see ``OldSearchFiles``), found when first needed.
  private let old: (@Sendable () -> OldSearchFiles?)?
  /// Keeps what search reads of each narrative, and the bigram files, between builds, when
  /// given; `key` names this index's files there.
  private let session: BuildSession?
  private let key: String
  /// Guards everything below.
  private let lock = NSLock()
  private var shared: Shared?
  private var partsLeft: Int
  /// The parts that have not yet made their files, and the files made, by name (with a
  /// session only).
  private var partsMaking: Int
  private var madeFiles: [String: String] = [:]
  /// The places of the bigrams of each part that collected them, and how many did not.
  private var madePlaces: [BigramPlaces] = []
  private var partsWithoutPlaces = 0

  /// The narratives' folded units, one after another, with where each task's start.
  private struct Shared {
    /// The index, with a session (its entries say which tasks kept their narratives).
    let index: SearchIndex?
    let count: Int
    let narrative: @Sendable (Int) -> String
    /// Without a session: every task's folded units, one after another;
    /// `starts[i]..<starts[i + 1]` are task i's (with a session, `texts` holds them).
    let units: [UInt16]
    let starts: [Int]
    let shardCount: Int
    /// With a session: each task's folded units and plain text, and per shard the bigram file
    /// kept from the last build when it cannot have changed (see ``KeptSearchShards``).
    let texts: [[UInt16]]
    let plains: [String]
    let kept: [String?]?
    /// Without a session: the files that hold what the old site's do, kept unread, with
    /// their sizes, by name (see ``OldSearchFiles``).
    let keptSizes: [String: Int]
    /// Per shard, whether its bigram file is kept (from ``kept`` or ``keptSizes``); nil
    /// when none is.
    let skipped: [Bool]?
    /// With a session: what the last build kept, and by position whether the task's narrative
    /// is the one it kept there.
    let previous: KeptSearchShards?
    let same: [Bool]
    /// With a session: the kept places of every bigram, moved to this build's texts, when the
    /// files to make are written from them (see ``BigramPlaces``); else whether each part
    /// collects every place of its shards for the next build.
    let places: BigramPlaces?
    let collectsPlaces: Bool
    /// With a session: each task's count of bigrams.
    let pairCounts: [Int]
  }

  init(
    groups: Int, session: BuildSession? = nil, key: String = "", count: Int? = nil,
    narrative: (@Sendable (Int) -> String)? = nil,
    old: (@Sendable () -> OldSearchFiles?)? = nil,
    index makeIndex: @escaping @Sendable () -> SearchIndex
  ) {
    self.groups = max(1, groups)
    self.makeIndex = makeIndex
    self.narrative = narrative
    self.count = count
    self.old = old
    self.session = session
    self.key = key
    partsLeft = self.groups
    partsMaking = self.groups
  }

  /// The parts of `index`.
  convenience init(
    groups: Int, session: BuildSession? = nil, key: String = "", index: SearchIndex
  ) {
    self.init(groups: groups, session: session, key: key, index: { index })
  }

  /// The files of part `group`, by name; call it once for each group.
  func files(group: Int) -> [SearchIndex.File] { made(group: group).map(\.file) }

  /// The files of part `group`, each with the size of the old site's file when the build may
  /// keep that file unread (see ``KeptFiles``): its JSON is the one the last build kept.
  func made(group: Int) -> [(file: SearchIndex.File, keptSize: Int?)] {
    let shared = takeShared()
    var files: [(file: SearchIndex.File, keptSize: Int?)] = []
    var reused = 0
    func add(_ name: String, _ json: String, kept: Bool) {
      let size = shared.keptSizes[name] ?? (kept ? session?.files.size(key + name + ".js") : nil)
      files.append(((name, json), size))
    }
    if group == 0, shared.keptSizes["meta"] != nil {
      add("meta", "", kept: true)
    } else if group == 0 {
      let index = shared.index ?? makeIndex()
      if let previous = shared.previous, let meta = previous.meta,
        previous.hasMeta(of: index, shardCount: shared.shardCount)
      {
        add("meta", meta, kept: true)
      } else {
        add("meta", index.metaJSON(bigramShards: shared.shardCount), kept: false)
      }
    }
    let shards = Array(stride(from: group, to: shared.shardCount, by: groups))
    let making = shards.filter { shared.skipped?[$0] != true }
    let postings =
      making.isEmpty || shared.places != nil
      ? nil : Self.postings(shared, group: group, of: groups, all: shared.collectsPlaces)
    var places: BigramPlaces?
    if shared.collectsPlaces, let postings {
      places = BigramPlaces(shardCount: shared.shardCount)
      places?.add(postings)
    }
    var fromPlaces = 0
    // Every bigram collected is in a shard of this group: `shards[(shard - group) / groups]`.
    var idsByShard = Array(repeating: [Int](), count: shards.count)
    for (id, key) in (postings?.keys ?? []).enumerated() {
      let shard = SearchIndex.shard(
        of: UInt16(key >> 16), UInt16(key & 0xFFFF), count: shared.shardCount)
      idsByShard[(shard - group) / groups].append(id)
    }
    for (slot, shard) in shards.enumerated() {
      if shared.keptSizes["b\(shard)"] != nil {
        add("b\(shard)", "", kept: true)
      } else if let kept = shared.kept?[shard] {
        add("b\(shard)", kept, kept: true)
        reused += 1
      } else if let kept = shared.places {
        add("b\(shard)", kept.json(shard: shard), kept: false)
        fromPlaces += 1
      } else if let postings {
        let ids = idsByShard[slot].sorted { postings.keys[$0] < postings.keys[$1] }
        add("b\(shard)", postings.json(ids), kept: false)
      }
    }
    let size = SearchIndex.textShardSize
    let textShards = (shared.count + size - 1) / size
    for shard in stride(from: group, to: textShards, by: groups) {
      let range = (shard * size)..<min(shared.count, (shard + 1) * size)
      if shared.keptSizes["t\(shard)"] != nil {
        add("t\(shard)", "", kept: true)
        continue
      }
      if let previous = shared.previous, previous.textFiles.count == textShards,
        range.allSatisfy({ shared.same[$0] })
      {
        add("t\(shard)", previous.textFiles[shard], kept: true)
        continue
      }
      var json = PrettyJSON(capacity: 1 << 14, compact: true)
      json.strings(
        range.map { at in
          shared.plains.isEmpty
            ? SearchText.plain(html: shared.narrative(at)) : shared.plains[at]
        })
      add("t\(shard)", String(decoding: json.bytes, as: UTF8.self), kept: false)
    }
    if let session { keep(files.map(\.file), places: places, of: shared, in: session) }
    session?.countSearchShardsReused(reused)
    session?.countSearchShardsFromPlaces(fromPlaces)
    return files
  }

  /// Keeps this part's files and the places it collected; once every part has made its
  /// files, keeps them all in `session` for the next build, with the places of every bigram
  /// when each part collected its own.
  private func keep(
    _ made: [SearchIndex.File], places: BigramPlaces?, of shared: Shared, in session: BuildSession
  ) {
    let done = lock.withLock { () -> (files: [String: String], places: [BigramPlaces]?)? in
      for file in made { madeFiles[file.name] = file.json }
      if let places { madePlaces.append(places) } else { partsWithoutPlaces += 1 }
      partsMaking -= 1
      guard partsMaking == 0 else { return nil }
      defer { (madeFiles, madePlaces) = ([:], []) }
      return (madeFiles, partsWithoutPlaces == 0 ? madePlaces : nil)
    }
    guard let (all, parts) = done else { return }
    let bigrams = (0..<shared.shardCount).compactMap { all["b\($0)"] }
    let size = SearchIndex.textShardSize
    let textShards = (shared.count + size - 1) / size
    let texts = (0..<textShards).compactMap { all["t\($0)"] }
    guard bigrams.count == shared.shardCount, texts.count == textShards else { return }
    var kept = KeptSearchShards(
      texts: shared.texts, shardCount: shared.shardCount, files: bigrams)
    kept.index = shared.index
    kept.plains = shared.plains
    kept.textFiles = texts
    kept.meta = all["meta"]
    kept.pairCounts = shared.pairCounts
    if let moved = shared.places {
      kept.places = moved
    } else if let parts, var first = parts.first {
      for other in parts.dropFirst() { first.merge(other) }
      first.sortKeys()
      kept.places = first
    }
    session.keepSearchShards(key, kept)
  }

  /// What the parts share, made by the first caller; forgotten when the last part has it.
  private func takeShared() -> Shared {
    lock.withLock {
      let made =
        shared
        ?? {
          if session == nil, let narrative, let count {
            return Self.makeShared(
              nil, count: count, narrative, session: nil, key: key, oldFiles: old?())
          }
          let index = makeIndex()
          return Self.makeShared(
            index, count: index.entries.count, { index.entries[$0].narrative }, session: session,
            key: key)
        }()
      partsLeft -= 1
      shared = partsLeft > 0 ? made : nil
      return made
    }
  }

  private static func makeShared(
    _ index: SearchIndex?, count: Int, _ narrative: @escaping @Sendable (Int) -> String,
    session: BuildSession?, key: String, oldFiles: OldSearchFiles? = nil
  ) -> Shared {
    var units: [UInt16] = []
    var texts: [[UInt16]] = []
    var plains: [String] = []
    var same: [Bool] = []
    var starts = [0]
    starts.reserveCapacity(count + 1)
    var total = 0
    // Taken first, so that this build holds the only copy of the places it moves.
    var places = session?.takeSearchPlaces(key)
    let previous = session?.searchShards(key)
    let old = previous?.entries ?? []
    // The last build's places of the tasks, by number, when they moved.
    var byNumber: [Int: Int]?
    var reused = 0
    // With a session, each task's bigram count (its folded units are kept whole, and the
    // postings are walked from them: see ``postings(_:group:of:all:)``).
    var pairCounts: [Int] = []
    let oldCounts = previous.map { $0.pairCounts.count == old.count ? $0.pairCounts : [] } ?? []
    for position in 0..<count {
      var folded: [UInt16]
      if let session, let index {
        let number = index.entries[position].number
        var at: Int?
        if position < old.count, old[position].number == number {
          at = position
        } else if !old.isEmpty {
          if byNumber == nil {
            byNumber = Dictionary(
              old.enumerated().map { ($1.number, $0) }, uniquingKeysWith: { first, _ in first })
          }
          at = byNumber?[number]
        }
        var pairs: Int?
        // The same bytes (`==` compares CJK text scalar by scalar).
        if let previous, let at,
          old[at].narrative.hasSameUTF8(as: index.entries[position].narrative)
        {
          folded = previous.texts[at]
          plains.append(previous.plains[at])
          same.append(at == position && old.count == count)
          pairs = oldCounts.isEmpty ? nil : oldCounts[at]
          reused += 1
        } else {
          let text = session.searchText(html: index.entries[position].narrative)
          folded = text.folded
          plains.append(text.plain)
          same.append(false)
        }
        texts.append(folded)
        let counted = pairs ?? Self.pairCount(folded)
        pairCounts.append(counted)
        total += counted
      } else {
        folded = SearchText.foldedPlain(html: narrative(position))
        units += folded
        starts.append(units.count)
        total += Self.pairCount(folded)
      }
    }
    session?.countSearchTextsReused(reused)
    let shardCount = max(1, total / SearchIndex.postingsPerShard)
    let kept = previous?.reusable(texts: texts, shardCount: shardCount)
    // The places move with the texts that changed, when the files to make are few.
    if let previous, kept != nil, places?.shardCount == shardCount {
      for position in texts.indices where texts[position] != previous.texts[position] {
        places?.replace(task: position, old: previous.texts[position], new: texts[position])
      }
    } else {
      places = nil
    }
    let keptSizes =
      oldFiles?.keptFiles(count: count, shardCount: shardCount, narrative: narrative) ?? [:]
    let skipped = (0..<shardCount).map { kept?[$0] != nil || keptSizes["b\($0)"] != nil }
    return Shared(
      index: index, count: count, narrative: narrative, units: units, starts: starts,
      shardCount: shardCount, texts: texts,
      plains: plains, kept: kept, keptSizes: keptSizes,
      skipped: skipped.contains(true) ? skipped : nil, previous: previous, same: same,
      places: places,
      collectsPlaces: session != nil && places == nil, pairCounts: pairCounts)
  }

  private static func isSurrogate(_ unit: UInt16) -> Bool { (0xD800...0xDFFF).contains(unit) }

  /// How many bigrams `folded` has: pairs of units neither of which is a surrogate.
  private static func pairCount(_ folded: [UInt16]) -> Int {
    guard folded.count > 1 else { return 0 }
    var count = 0
    for ordinal in 0..<(folded.count - 1)
    where !isSurrogate(folded[ordinal]) && !isSurrogate(folded[ordinal + 1]) {
      count += 1
    }
    return count
  }

  /// For each bigram of the shards of `group`: per task that has it, in task order, the
  /// task's position and the ordinals where the bigram starts.
  /// With `all`, every bigram of the group's shards, kept files or not.
  private static func postings(_ shared: Shared, group: Int, of groups: Int, all: Bool = false)
    -> BigramPostings
  {
    BigramPostings { visit in
      // The units of the task at `position`: `units[start..<end]`.
      func walk(_ units: UnsafeBufferPointer<UInt16>, _ start: Int, _ end: Int, _ position: Int) {
        guard end - start > 1 else { return }
        for at in start..<(end - 1) {
          let first = units[at]
          let second = units[at + 1]
          if isSurrogate(first) || isSurrogate(second) { continue }
          if groups > 1 || (shared.skipped != nil && !all) {
            let shard = SearchIndex.shard(of: first, second, count: shared.shardCount)
            if shard % groups != group || (!all && shared.skipped?[shard] == true) { continue }
          }
          visit(UInt32(first) << 16 | UInt32(second), Int32(position), Int32(at - start))
        }
      }
      // With a session, each task's units are kept whole; else they are one after another.
      if shared.texts.isEmpty {
        shared.units.withUnsafeBufferPointer { units in
          for position in 0..<(shared.starts.count - 1) {
            walk(units, shared.starts[position], shared.starts[position + 1], position)
          }
        }
      } else {
        for position in shared.texts.indices {
          shared.texts[position].withUnsafeBufferPointer { walk($0, 0, $0.count, position) }
        }
      }
    }
  }
}
