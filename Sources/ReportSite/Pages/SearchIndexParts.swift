import Foundation

/// The files of a ``SearchIndex`` made in `groups` parts of the page stream, so that neither
/// the bigrams' postings nor the files' JSON are ever all in memory at once: part `g` makes
/// the bigram files `b<k>` and the text files `t<k>` with `k % groups == g` (part 0 also
/// `meta`), collecting the postings of its own bigram shards only.
///
/// What the parts share (the narratives' folded units and the number of bigram shards) is
/// made by the first part that needs it and let go after the last part. The index itself is
/// made for `meta` only (part 0), and let go then: the other parts read the narratives.
/// Each file holds the same bytes as with one part: a bigram's postings are collected in task
/// order whichever part collects them.
final class SearchIndexParts: @unchecked Sendable {
  let groups: Int
  private let makeIndex: @Sendable () -> SearchIndex
  /// How many tasks the index has, and the narrative of each, as in its entries.
  private let count: Int
  private let narrative: @Sendable (Int) -> String
  /// Keeps what search reads of each narrative, and the bigram files, between builds, when
  /// given; `key` names this index's files there.
  private let session: BuildSession?
  private let key: String
  /// Guards everything below.
  private let lock = NSLock()
  private var shared: Shared?
  private var partsLeft: Int
  /// The parts that have not yet made their files, and the bigram files made, by shard (with
  /// a session only).
  private var partsMaking: Int
  private var bigramFiles: [String?] = []

  /// The narratives' folded units, one after another, with where each task's start.
  private struct Shared {
    let units: [UInt16]
    /// `starts[i]..<starts[i + 1]` are task i's units.
    let starts: [Int]
    let shardCount: Int
    /// With a session: each task's folded units, and per shard the bigram file kept from the
    /// last build when it cannot have changed (see ``KeptSearchShards``).
    let texts: [[UInt16]]
    let kept: [String?]?
  }

  /// The parts of the index `makeIndex` makes, of `count` tasks whose narratives `narrative`
  /// gives by position, as its entries have them.
  init(
    groups: Int, session: BuildSession? = nil, key: String = "", count: Int,
    narrative: @escaping @Sendable (Int) -> String,
    index makeIndex: @escaping @Sendable () -> SearchIndex
  ) {
    self.groups = max(1, groups)
    self.makeIndex = makeIndex
    self.count = count
    self.narrative = narrative
    self.session = session
    self.key = key
    partsLeft = self.groups
    partsMaking = self.groups
  }

  /// The parts of `index`.
  convenience init(
    groups: Int, session: BuildSession? = nil, key: String = "", index: SearchIndex
  ) {
    self.init(
      groups: groups, session: session, key: key, count: index.entries.count,
      narrative: { index.entries[$0].narrative }, index: { index })
  }

  /// The files of part `group`, by name; call it once for each group.
  func files(group: Int) -> [SearchIndex.File] {
    let shared = takeShared()
    var files: [SearchIndex.File] = []
    if group == 0 {
      files.append((name: "meta", json: makeIndex().metaJSON(bigramShards: shared.shardCount)))
    }
    let shards = Array(stride(from: group, to: shared.shardCount, by: groups))
    let postings = Self.postings(shared, group: group, of: groups)
    var reused = 0
    // Every bigram collected is in a shard of this group: `shards[(shard - group) / groups]`.
    var idsByShard = Array(repeating: [Int](), count: shards.count)
    for (id, key) in postings.keys.enumerated() {
      let shard = SearchIndex.shard(
        of: UInt16(key >> 16), UInt16(key & 0xFFFF), count: shared.shardCount)
      idsByShard[(shard - group) / groups].append(id)
    }
    for (slot, shard) in shards.enumerated() {
      if let kept = shared.kept?[shard] {
        files.append((name: "b\(shard)", json: kept))
        reused += 1
        continue
      }
      let ids = idsByShard[slot].sorted { postings.keys[$0] < postings.keys[$1] }
      files.append((name: "b\(shard)", json: postings.json(ids)))
    }
    let size = SearchIndex.textShardSize
    let textShards = (count + size - 1) / size
    for shard in stride(from: group, to: textShards, by: groups) {
      let range = (shard * size)..<min(count, (shard + 1) * size)
      var json = PrettyJSON(capacity: 1 << 14, compact: true)
      json.strings(
        range.map { at in
          let html = narrative(at)
          return session?.searchText(html: html).plain ?? SearchText.plain(html: html)
        })
      files.append((name: "t\(shard)", json: String(decoding: json.bytes, as: UTF8.self)))
    }
    if let session { keep(files.filter { $0.name.hasPrefix("b") }, of: shared, in: session) }
    session?.countSearchShardsReused(reused)
    return files
  }

  /// Keeps this part's bigram files; once every part has made its files, keeps them all in
  /// `session` for the next build.
  private func keep(_ made: [SearchIndex.File], of shared: Shared, in session: BuildSession) {
    let all = lock.withLock { () -> [String]? in
      if bigramFiles.isEmpty { bigramFiles = Array(repeating: nil, count: shared.shardCount) }
      for file in made { bigramFiles[Int(file.name.dropFirst())!] = file.json }
      partsMaking -= 1
      guard partsMaking == 0 else { return nil }
      defer { bigramFiles = [] }
      return bigramFiles.compactMap { $0 }
    }
    guard let all, all.count == shared.shardCount else { return }
    session.keepSearchShards(
      key, KeptSearchShards(texts: shared.texts, shardCount: shared.shardCount, files: all))
  }

  /// What the parts share, made by the first caller; forgotten when the last part has it.
  private func takeShared() -> Shared {
    lock.withLock {
      let made =
        shared ?? Self.makeShared(count: count, narrative, session: session, key: key)
      partsLeft -= 1
      shared = partsLeft > 0 ? made : nil
      return made
    }
  }

  private static func makeShared(
    count: Int, _ narrative: (Int) -> String, session: BuildSession?, key: String
  ) -> Shared {
    var units: [UInt16] = []
    var texts: [[UInt16]] = []
    var starts = [0]
    starts.reserveCapacity(count + 1)
    var total = 0
    for position in 0..<count {
      let html = narrative(position)
      let folded = session?.searchText(html: html).folded ?? SearchText.foldedPlain(html: html)
      units += folded
      if session != nil { texts.append(folded) }
      starts.append(units.count)
      guard folded.count > 1 else { continue }
      for ordinal in 0..<(folded.count - 1)
      where !isSurrogate(folded[ordinal]) && !isSurrogate(folded[ordinal + 1]) {
        total += 1
      }
    }
    let shardCount = max(1, total / SearchIndex.postingsPerShard)
    let kept = session?.searchShards(key)?.reusable(texts: texts, shardCount: shardCount)
    return Shared(
      units: units, starts: starts, shardCount: shardCount, texts: texts, kept: kept)
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
          if groups > 1 || shared.kept != nil {
            let shard = SearchIndex.shard(of: first, second, count: shared.shardCount)
            if shard % groups != group || shared.kept?[shard] != nil { continue }
          }
          visit(UInt32(first) << 16 | UInt32(second), Int32(position), Int32(at - start))
        }
      }
    }
  }
}
