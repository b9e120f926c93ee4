import Foundation
import ReportMarkdown
import ReportModel
import SiteOutput
import Synchronization

/// What a build keeps for the next build in the same process (`serve` builds once per
/// change), so that a build after an edit does again only what the edit touched: narratives
/// rendered from Markdown (by their text), what search reads of each (by its HTML, see
/// ``TaskSearchText``), the open data's rows (by the digest of everything
/// their task's latest page reads, see ``PageInputs/rowDigest(number:)``) and the
/// units' slugs (by the units and site.yml). Each value is keyed by all that it is made of,
/// so a value found is the value a build would make; what the builds no longer use is dropped
/// once it passes an eighth of what the last build used (``finishBuild()``), so the session
/// holds about one site's worth.
public final class BuildSession: Sendable {
  private struct State {
    /// Rendered narratives by the digest of their Markdown's bytes (Swift's own hashing of
    /// a `String` normalises it first, which costs more than the lookup saves).
    var markdown = Kept<UInt64, MadeFromText<String>>()
    var rows = Kept<UInt64, OpenDataRow>()
    /// What search reads of each narrative, by the digest of its HTML's bytes.
    var searchTexts = Kept<UInt64, MadeFromText<TaskSearchText>>()
    var searchShards = Kept<String, KeptSearchShards>()
    var slugs: (key: UInt64, slugs: [String: String])?
    var record: KeptRecord?
    /// Each report's context as the last build that made one left it (see
    /// ``SiteContext/Kept``).
    var contexts: [ReportID: SiteContext.Kept] = [:]
    var contextsReused = 0
    /// Each report's rounds' digests as the last build made them (see
    /// ``PageInputs/KeptRound``).
    var rounds: [ReportID: [PageInputs.KeptRound]] = [:]
    /// Each report's units as the last build that found them found them.
    var unitNames: [ReportID: SiteContext.KeptUnitNames] = [:]
    var reused = 0
    var made = 0
    var searchTextsReused = 0
    var searchShardsReused = 0
    var searchShardsFromPlaces = 0
    var openDataCopied = 0
  }

  /// Values by key, each marked with the last build that used or made it (its generation):
  /// a lookup marks the value in place, so that a build that finds most values again neither
  /// copies them into another table nor drops the old one. Values no build used since are
  /// dropped when they pass an eighth of those the last build used (see ``finish()``), so
  /// that the store holds about one site's worth.
  private struct Kept<Key: Hashable, Value> {
    private var values: [Key: Value] = [:]
    /// The generation of each value (apart, so that marking one copies no value).
    private var generations: [Key: Int] = [:]
    /// The generation of the build under way; the values it used or made have it.
    private var generation = 1
    /// How many values the build under way used or made.
    private var usedCount = 0

    /// The value of `key` when there is one and `matches` it; it is then used by this build.
    mutating func find(_ key: Key, where matches: (Value) -> Bool = { _ in true }) -> Value? {
      guard let value = values[key], matches(value) else { return nil }
      mark(key)
      return value
    }

    /// The value this build holds for `key`, or an earlier build's, without using it.
    func peek(_ key: Key) -> Value? { values[key] }

    /// Gives `key` the value `value`, used by this build.
    mutating func use(_ value: Value, for key: Key) {
      values[key] = value
      mark(key)
    }

    private mutating func mark(_ key: Key) {
      if generations.updateValue(generation, forKey: key) != generation { usedCount += 1 }
    }

    /// Changes the value of `key` in place, if there is one, without using it.
    mutating func modify(_ key: Key, _ change: (inout Value) -> Void) {
      guard values[key] != nil else { return }
      change(&values[key]!)
    }

    /// Ends a build: the values no build used since pass an eighth of those it used (e.g.
    /// narratives edited or removed since), they are dropped. (A build that used few values
    /// kept most of its files as they were, e.g. after a save that changed no byte: the
    /// values it did not use stay for the next.)
    mutating func finish() {
      let stale = values.count - usedCount
      if stale > 16, stale * 8 > usedCount, usedCount * 2 >= stale {
        let current = generation
        generations = generations.filter { $0.value == current }
        values = values.filter { generations[$0.key] != nil }
      }
      generation += 1
      usedCount = 0
    }

    /// Ends a failed build: what it used and made stays, as any value is right for its key.
    mutating func abandon() {
      generation += 1
      usedCount = 0
    }
  }

  /// A value made from `text` alone, kept with the text: its key is the text's digest, and a
  /// digest is not the text.
  private struct MadeFromText<Value> {
    let text: String
    let value: Value
  }

  private let state = Mutex(State())
  /// The open data's files as the session's builds wrote them.
  let openData = KeptByPath<KeptOpenDataFile>()
  /// Whether the build may keep files of the old site that it knows, unread.
  let files = KeptFiles()
  /// The narratives of the pages that show them, as the session's builds rendered them.
  let pages = KeptByPath<[String]>()

  public init() {}

  /// How many narratives and rows the last build took from the session, and how many it made.
  public var lastCounts: (reused: Int, made: Int) { state.withLock { ($0.reused, $0.made) } }

  /// How many narratives the last build's search index read from the session (each read
  /// by each part of the index that reads it).
  public var lastSearchTextsReused: Int { state.withLock { $0.searchTextsReused } }

  /// Begins a build; what a build that stopped before its end made is kept with the rest.
  func startBuild() {
    abandonBuild()
    state.withLock { state in
      state.reused = 0
      state.made = 0
      state.searchTextsReused = 0
      state.searchShardsReused = 0
      state.searchShardsFromPlaces = 0
      state.openDataCopied = 0
      state.contextsReused = 0
    }
  }

  /// Ends a build: what it did not use is dropped. A failed build keeps what the one before
  /// it left, and what it made itself.
  public func finishBuild() {
    openData.finish()
    files.finish()
    pages.finish()
    state.withLock { state in
      state.markdown.finish()
      state.rows.finish()
      state.searchTexts.finish()
      state.searchShards.finish()
    }
  }

  /// Ends a failed build: what it made is kept with what the build before it left, so that
  /// the next build finds both (every value is right for its key, whichever build made it).
  func abandonBuild() {
    openData.abandon()
    files.abandon()
    pages.abandon()
    state.withLock { state in
      state.markdown.abandon()
      state.rows.abandon()
      state.searchTexts.abandon()
      state.searchShards.abandon()
    }
  }

  /// What search reads of the narrative rendered as `html`: kept (its HTML compared byte for
  /// byte), or made. A narrative's postings are then regrouped from its folded units without
  /// reading its HTML again.
  func searchText(html: String) -> TaskSearchText {
    value(of: html, in: \.searchTexts, reused: \.searchTextsReused, made: nil) {
      TaskSearchText(html: html)
    }
  }

  /// The value kept in `store` for `text` (found by the digest of its bytes, then compared
  /// byte for byte), or made by `make` and kept; counted in `reused` or `made`.
  private func value<Value: Sendable>(
    of text: String,
    in store: WritableKeyPath<State, Kept<UInt64, MadeFromText<Value>>> & Sendable,
    reused: WritableKeyPath<State, Int> & Sendable, made: (WritableKeyPath<State, Int> & Sendable)?,
    make: () -> Value
  ) -> Value {
    let key = Self.digest(text)
    let found = state.withLock { state -> Value? in
      guard let kept = state[keyPath: store].find(key, where: { Self.sameBytes($0.text, text) })
      else { return nil }
      state[keyPath: reused] += 1
      return kept.value
    }
    if let found { return found }
    let value = make()
    state.withLock { state in
      state[keyPath: store].use(MadeFromText(text: text, value: value), for: key)
      if let made { state[keyPath: made] += 1 }
    }
    return value
  }

  private static func digest(_ text: String) -> UInt64 {
    var text = text
    return text.withUTF8 { bytes in
      var hasher = StableHasher()
      hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
      return hasher.value
    }
  }

  /// The HTML of `markdown` as `renderer` renders it (the session serves one renderer: see
  /// ``SiteBuilder``).
  func html(_ markdown: String, renderer: MarkdownRenderer) -> String {
    value(of: markdown, in: \.markdown, reused: \.reused, made: \State.made) {
      renderer.html(from: markdown)
    }
  }

  private static func sameBytes(_ first: String, _ second: String) -> Bool {
    var first = first
    var second = second
    return first.withUTF8 { one in
      second.withUTF8 { other in
        one.count == other.count
          && (one.isEmpty || memcmp(one.baseAddress!, other.baseAddress!, one.count) == 0)
      }
    }
  }

  /// The open data's row of the task whose latest page has digest `digest`: kept, or made by
  /// `make`.
  func row(digest: UInt64, make: () -> OpenDataRow) -> OpenDataRow {
    let found = state.withLock { state -> OpenDataRow? in
      guard let row = state.rows.find(digest) else { return nil }
      state.reused += 1
      return row
    }
    if let found { return found }
    let row = make()
    state.withLock { state in
      state.rows.use(row, for: digest)
      state.made += 1
    }
    return row
  }

  /// The bigram files of the search index in folder `key` as the last build that made it
  /// kept them (see ``KeptSearchShards``).
  func searchShards(_ key: String) -> KeptSearchShards? {
    state.withLock { $0.searchShards.peek(key) }
  }

  /// Takes the bigrams' places out of what ``searchShards(_:)`` gives for `key` (which then
  /// has none), so that the build that moves them holds the only copy; a build that fails
  /// after this leaves none, and the next collects them again.
  func takeSearchPlaces(_ key: String) -> BigramPlaces? {
    state.withLock { state in
      var places: BigramPlaces?
      state.searchShards.modify(key) { kept in swap(&places, &kept.places) }
      return places
    }
  }

  /// Keeps the bigram files just made for the search index in folder `key`.
  func keepSearchShards(_ key: String, _ kept: KeptSearchShards) {
    state.withLock { $0.searchShards.use(kept, for: key) }
  }

  /// Counts narratives whose search texts the search index took from its kept files (see
  /// ``SearchIndexParts``) without looking them up.
  func countSearchTextsReused(_ count: Int) {
    state.withLock { $0.searchTextsReused += count }
  }

  /// How many bytes of the open data the last build copied from the old site's files (see
  /// ``OpenDataFiles/splice(_:shape:from:output:session:)``).
  public var lastOpenDataCopied: Int { state.withLock { $0.openDataCopied } }

  func countOpenDataCopied(_ bytes: Int) {
    state.withLock { $0.openDataCopied += bytes }
  }

  /// How many bigram files the last build took from the session.
  public var lastSearchShardsReused: Int { state.withLock { $0.searchShardsReused } }

  func countSearchShardsReused(_ count: Int) {
    state.withLock { $0.searchShardsReused += count }
  }

  /// How many bigram files the last build wrote from the kept places of their bigrams (see
  /// ``BigramPlaces``), without a walk over every narrative.
  public var lastSearchShardsFromPlaces: Int { state.withLock { $0.searchShardsFromPlaces } }

  func countSearchShardsFromPlaces(_ count: Int) {
    state.withLock { $0.searchShardsFromPlaces += count }
  }

  /// The record the last build wrote into `output`, if it succeeded and the folder and the
  /// record's file are still those it put in place (see ``KeptRecord``); nil otherwise. The
  /// record is given once: a build that fails after taking it keeps none for the next, which
  /// then reads the folder's record and checks it against the folder's files.
  func takeRecord(of output: URL) -> BuildRecord? {
    let taken = state.withLock { state in
      defer { state.record = nil }
      return state.record
    }
    guard let kept = taken, kept.holds(output)
    else { return nil }
    return kept.record
  }

  /// Keeps `record`, which the build just put in place in `output`, for the next build.
  func keepRecord(_ record: BuildRecord, of output: URL) {
    let kept = KeptRecord(record, output: output)
    state.withLock { $0.record = kept }
  }

  /// What the last build kept of report `report`'s context (see ``SiteContext/Kept``), when
  /// it was made from inputs of the same structure, `structure`.
  func context(of report: ReportID, structure: UInt64) -> SiteContext.Kept? {
    state.withLock { state in
      guard let kept = state.contexts[report], kept.structure == structure else { return nil }
      state.contextsReused += 1
      return kept
    }
  }

  /// Keeps what the next build may take of each of `contexts` (see ``SiteContext/Kept``),
  /// made from inputs of the structures `structures`; the reports' contexts kept before are
  /// dropped.
  func keepContexts(_ contexts: [SiteContext], structures: [UInt64]) {
    let kept = Dictionary(
      zip(contexts, structures).map { ($0.report.id, $0.kept(structure: $1)) },
      uniquingKeysWith: { $1 })
    let old = state.withLock { state in
      defer { state.contexts = kept }
      return state.contexts
    }
    // The contexts kept before are freed on another thread (a site's tasks, one by one).
    BackgroundRelease.release(consume old)
  }

  /// What the last build kept of the digests of report `report`'s rounds (see
  /// ``PageInputs/KeptRound``), in the order of its rounds.
  func keptRounds(of report: ReportID) -> [PageInputs.KeptRound] {
    state.withLock { $0.rounds[report] ?? [] }
  }

  /// Keeps `rounds`, the digests of report `report`'s rounds, for the next build; those of
  /// the build before are freed on another thread.
  func keepRounds(_ rounds: [PageInputs.KeptRound], of report: ReportID) {
    let old = state.withLock { state in state.rounds.updateValue(rounds, forKey: report) }
    BackgroundRelease.release(consume old)
  }

  /// The units of report `report` as the last build that found them found them.
  func keptUnitNames(of report: ReportID) -> SiteContext.KeptUnitNames? {
    state.withLock { $0.unitNames[report] }
  }

  /// Keeps `names`, report `report`'s units as this build found them, for the next build.
  func keepUnitNames(_ names: SiteContext.KeptUnitNames, of report: ReportID) {
    let old = state.withLock { state in state.unitNames.updateValue(names, forKey: report) }
    BackgroundRelease.release(consume old)
  }

  /// How many reports' contexts the last build made of what the build before it kept.
  public var lastContextsReused: Int { state.withLock { $0.contextsReused } }

  /// The units' slugs for `key` (a digest of the units and site.yml), kept, or made by `make`.
  func slugs(key: UInt64, make: () -> [String: String]) -> [String: String] {
    if let kept = state.withLock({ $0.slugs }), kept.key == key { return kept.slugs }
    let slugs = make()
    state.withLock { $0.slugs = (key, slugs) }
    return slugs
  }
}
