import Foundation
import ReportModel
import SiteOutput

/// The build's files in units of work, each with the digest of its inputs (see
/// ``PageInputs``): a unit whose digest the previous build recorded, unchanged, is not made or
/// rendered; its files are kept from the old site as they are (see ``BuildRecord``). Every
/// other unit is made and rendered, and its files are compared with the old site's as before,
/// so that only files whose bytes change are rewritten.
///
/// The units: each task's page; per round, each part of its lists (see
/// ``PageFactory/jobParts()``) and of the latest round's other files; the open data.
final class BuildUnits: @unchecked Sendable {
  /// The old site's record; nil when there is none to trust (no old site, another version's
  /// record, or files changed by hand).
  private let previous: BuildRecord?
  private let output: OutputDirectory
  private let lock = NSLock()
  /// The units made or kept so far, with their files' paths; a kept unit with its files as
  /// the previous record lists them.
  private var units: [(key: String, digest: UInt64, paths: [String], kept: [BuildRecord.File]?)] =
    []
  /// The positions in the previous record of the units kept so far.
  private var keptPositions: [Int] = []
  private(set) var keptFiles = 0
  private(set) var renderedPages = 0
  /// The units made, not kept, by key ("" for units without one).
  private(set) var madeUnits: [String] = []
  /// Where the rows begin and end in the files of rows written (see
  /// ``BuildRecord/Unit/rowBounds``), and in those of the units kept, by unit, by path.
  private var rowBounds: [String: [String: [Int]]] = [:]

  /// A search index file's bytes before and after its JSON, by name (see
  /// ``OldSearchFiles/wrapping``): given, a build without a session keeps the old site's
  /// search files that an edit does not change.
  private let searchWrapping: (@Sendable (String) -> (prefix: [UInt8], suffix: [UInt8])?)?

  init(
    previous: BuildRecord?, output: OutputDirectory,
    searchWrapping: (@Sendable (String) -> (prefix: [UInt8], suffix: [UInt8])?)? = nil
  ) {
    self.previous = previous
    self.output = output
    self.searchWrapping = searchWrapping
  }

  /// What each part of a round's lists reads, by position in ``PageFactory/jobParts()``: the
  /// home page with the unit and status indexes (counts, trends and the counts of status
  /// changes, all from statuses), the task list (its rows: number, text, units, status), the
  /// sections, the units, the full text, the statuses.
  static let listReads: [PageInputs.Reads] = [
    .structure, .structure, .structure, .structure, .roundNarratives, .structure,
  ]
  /// The parts of a round's lists that show every narrative (see ``listReads``).
  static let narrativeLists = [4]
  /// The parts of a round's lists made of task rows (see ``PageFactory/makeRow(_:root:)``).
  static let rowLists = [1, 2, 3, 5]
  /// What the list part at `position` reads: ``listReads``, then the search index's parts,
  /// which read the round's narratives.
  static func listReads(at position: Int) -> PageInputs.Reads {
    position < listReads.count ? listReads[position] : .roundNarratives
  }

  /// What the latest round's other part at `position` of `count` reads: the badges (in
  /// pieces) their tasks' structure; the last, the rounds, changes and feed, the changes
  /// between rounds (`changes`, see ``PageInputs/changes(_:)``), which read of each narrative
  /// only whether it changed.
  static func otherReads(at position: Int, of count: Int, changes: UInt64) -> PageInputs.Reads {
    position == count - 1 ? .changes(changes) : .structure
  }

  /// The key of the unit of a round's other part at `position` (see ``otherReads(at:of:changes:)``),
  /// the round's pages living in `folder`.
  static func othersKey(_ folder: String, at position: Int) -> String {
    folder + ":others-\(position)"
  }

  /// Whether a build after `previous` makes the unit `key` with `digest` (does not keep it).
  static func makes(_ key: String, digest: UInt64, after previous: BuildRecord?) -> Bool {
    previous?.unit(key)?.digest != digest
  }

  /// Where round `round`'s pages live, as ``SiteContext/prefix(ofRound:)`` says.
  /// The key of a unit names its folder in the site: the report's, then the round's.
  static func prefix(ofRound round: Int, in report: Report) -> String {
    SitePaths.report(report.id)
      + (round == report.rounds.count - 1 ? "" : SitePaths.archive(report.rounds[round].id))
  }

  /// Whether a build after `previous` makes one of the parts of round `round`'s lists in
  /// `positions` (see ``listReads``): the task list and full text read all its narratives,
  /// and every list but the home page its rows. Only a matter of speed: what is not made
  /// ahead is made when read.
  static func makesLists(
    _ positions: [Int], round: Int, of report: Report, inputs: PageInputs,
    after previous: BuildRecord?
  ) -> Bool {
    let prefix = prefix(ofRound: round, in: report)
    return positions.contains { position in
      let key = prefix + ":lists-\(position)"
      return makes(
        key, digest: inputs.digest(key, round: round, reads: listReads[position]), after: previous)
    }
  }

  /// The unit `key` with `digest`: kept from the old site when the previous build recorded it
  /// with the same digest, else made by `make`. Its files are the jobs' paths, or `paths`
  /// for a unit that writes its files itself.
  func unit(
    _ key: String, digest: UInt64, paths: [String]? = nil,
    make: @escaping @Sendable () -> [RenderJob]
  ) -> PageStream.Part {
    { [self] in
      if keep(key, digest: digest) { return [] }
      let jobs = make()
      record(
        key, digest: digest, paths: paths ?? jobs.map(\.path), pages: jobs.count(where: \.isPage))
      return jobs
    }
  }

  /// Units made together by one `make` that writes their files itself (the open data of a
  /// report and of the site's root, written from the same rows): each is kept when the
  /// previous build recorded it with its digest; `make` gets the positions of the others in
  /// `entries`, and runs only when there are some.
  func units(
    _ entries: [(key: String, digest: UInt64, paths: [String])],
    make: @escaping @Sendable ([Int]) -> Void
  ) -> PageStream.Part {
    { [self] in
      let made = entries.indices.filter { !keep(entries[$0].key, digest: entries[$0].digest) }
      guard !made.isEmpty else { return [] }
      make(made)
      for position in made {
        record(
          entries[position].key, digest: entries[position].digest, paths: entries[position].paths,
          pages: 0)
      }
      return []
    }
  }

  /// The parts of every round of one report (see ``SiteBuilder/scheduled(_:)``), as units,
  /// each with its former addresses when the report moved from the site's root
  /// (`redirects`). A round whose parts are not laid out as ``listReads`` and ``otherReads(at:of:changes:)``
  /// say is made whole.
  func rounds(_ factories: [PageFactory], inputs: PageInputs, redirects: RootRedirects?) -> [(
    lists: [PageStream.Part], tasks: [PageStream.Part], others: [PageStream.Part]
  )] {
    factories.indices.map { round in
      // The task pages, made up to the end, hold the factory without the lists' rows (as
      // ``PageFactory/jobParts()``'s own parts do).
      let factory = factories[round].with(rows: [])
      var maker = factories[round]
      if searchWrapping != nil {
        let (previous, site, wrapping) = (previous, output.oldSitePath, searchWrapping)
        maker.oldSearch = {
          OldSearchFiles.of(
            factory, round: round, inputs: inputs, previous: previous, site: site,
            wrapping: wrapping)
        }
      }
      let parts = maker.jobParts()
      let folder = factory.reportPrefix + factory.prefix
      func withRedirects(_ part: @escaping PageStream.Part) -> PageStream.Part {
        redirects.map { $0.adding(to: part) } ?? part
      }
      let known =
        parts.lists.count >= Self.listReads.count
        && (parts.others.isEmpty == factory.isArchive)
      guard known else {
        let whole = { (part: @escaping PageStream.Part) in
          self.unit("", digest: 0, make: withRedirects(part))
        }
        return (parts.lists.map(whole), parts.tasks.map(whole), parts.others.map(whole))
      }
      let lists = parts.lists.indices.map { position in
        let key = folder + ":lists-\(position)"
        return unit(
          key, digest: inputs.digest(key, round: round, reads: Self.listReads(at: position)),
          make: withRedirects(parts.lists[position]))
      }
      let changes = parts.others.isEmpty ? 0 : PageInputs.changes(factory.context.comparisons)
      // The factory's pieces of tasks: those of the task pages and, in the latest round, of
      // the badges (see ``PageFactory/jobParts()``), each of which reads only its tasks'
      // statuses.
      let pieces = PageFactory.pieces(of: factory.index.tasks.indices)
      let laidOut = parts.others.count == pieces.count + 1
      let others = parts.others.indices.map { position in
        let key = Self.othersKey(folder, at: position)
        let digest =
          laidOut && position < pieces.count
          ? inputs.badgesDigest(
            key, round: round, numbers: factory.index.tasks[pieces[position]].map(\.number))
          : inputs.digest(
            key, round: round,
            reads: Self.otherReads(at: position, of: parts.others.count, changes: changes))
        return unit(key, digest: digest, make: withRedirects(parts.others[position]))
      }
      // The task pages in the factory's pieces, so that the view models in flight stay few.
      let tasks = pieces.map {
        taskPart(factory, round: round, $0, inputs, redirects)
      }
      return (lists, tasks, others)
    }
  }

  /// The task pages of `range`, a unit each: those whose inputs changed are made.
  private func taskPart(
    _ factory: PageFactory, round: Int, _ range: Range<Int>, _ inputs: PageInputs,
    _ redirects: RootRedirects?
  ) -> PageStream.Part {
    { [self] in
      var jobs: [RenderJob] = []
      let folder = factory.reportPrefix + factory.prefix
      // The part's kept pages are added at its end, under each lock once: 40,000 pages kept
      // one by one waited on the locks (futex calls) for a tenth of the part's time.
      var kept: [(key: String, digest: UInt64, position: Int)] = []
      defer { keep(kept) }
      for taskIndex in range {
        let number = factory.index.tasks[taskIndex].number
        let key = folder + SitePaths.task(number)
        let digest = inputs.taskDigest(key, round: round, number: number)
        if let position = keptPosition(key, digest: digest) {
          kept.append((key, digest, position))
          continue
        }
        // The unit's key is the page's path in the site.
        var made = [factory.taskJob(taskIndex, at: key)]
        if let redirects { made += made.compactMap(redirects.job(for:)) }
        record(key, digest: digest, paths: made.map(\.path), pages: made.count(where: \.isPage))
        jobs += made
      }
      return jobs
    }
  }

  /// Keeps the files of unit `key` from the old site when the previous build recorded it with
  /// `digest`; returns whether it did.
  private func keep(_ key: String, digest: UInt64) -> Bool {
    guard let position = keptPosition(key, digest: digest) else { return false }
    keep([(key, digest, position)])
    return true
  }

  /// The position in the previous record of unit `key` when it was recorded with `digest`
  /// (its files may be kept); nil otherwise.
  private func keptPosition(_ key: String, digest: UInt64) -> Int? {
    guard !key.isEmpty, let previous, let position = previous.position(of: key),
      previous.units[position].digest == digest
    else { return nil }
    return position
  }

  /// Keeps the files of `units` from the old site, each at its position in the previous
  /// record (see ``keptPosition(_:digest:)``).
  private func keep(_ kept: [(key: String, digest: UInt64, position: Int)]) {
    guard let previous, !kept.isEmpty else { return }
    output.keep(kept.flatMap { previous.units[$0.position].files })
    lock.withLock {
      for (key, digest, position) in kept {
        let old = previous.units[position]
        if !old.rowBounds.isEmpty { rowBounds[key] = old.rowBounds }
        units.append((key, digest, [], old.files))
        keptPositions.append(position)
        keptFiles += old.files.count
      }
    }
  }

  /// Records where the rows begin and end in files of rows written (see
  /// ``BuildRecord/Unit/rowBounds``) by unit `key`, by path.
  func setRowBounds(_ key: String, _ bounds: [String: [Int]]) {
    guard !bounds.isEmpty else { return }
    lock.withLock { rowBounds[key] = bounds }
  }

  private func record(_ key: String, digest: UInt64, paths: [String], pages: Int) {
    lock.withLock {
      units.append((key, digest, paths, nil))
      renderedPages += pages
      madeUnits.append(key)
    }
  }

  /// The record of the new site: every unit with its files' sizes as written (a kept unit's
  /// as the previous record lists them), then a unit of the files no unit names (assets, the
  /// record itself is not listed). A unit with a file that was not written is left out, and
  /// so are units whose key another unit has too (two reports' pages under one name): they
  /// are made again next time, never mixed up. With it, the files of the old site the new one
  /// drops (see ``droppedFiles(written:)``).
  func record() -> (units: [BuildRecord.Unit], dropped: [String]?) {
    // The units are sorted on another core while the sizes are looked up; only the files
    // written by this build are looked up by path: after an edit, few. They are sorted in
    // place, and the table of sizes becomes the table of the files no unit lists, once the
    // units are recorded and the dropped files found (no copy of either: at 100,000 tasks,
    // 8 and 13 MB).
    let output = output
    var (units, sizes) = concurrently(
      {
        self.lock.withLock {
          self.units.sort { $0.key < $1.key }
          return self.units
        }
      }, { output.writtenSizes() })

    var recorded: [BuildRecord.Unit] = []
    // The positions in `units` of the units recorded with the files they wrote.
    var listing: [Int] = []
    for (position, unit) in units.enumerated() {
      // Sorted by key, units of one key are neighbours.
      let isShared =
        (position > 0 && units[position - 1].key == unit.key)
        || (position + 1 < units.count && units[position + 1].key == unit.key)
      guard !unit.key.isEmpty, !isShared else { continue }
      if let kept = unit.kept {
        recorded.append(BuildRecord.Unit(key: unit.key, digest: unit.digest, files: kept))
        continue
      }
      let files = unit.paths.compactMap { path in sizes[path].map { (path: path, size: $0) } }
      guard files.count == unit.paths.count else { continue }
      recorded.append(BuildRecord.Unit(key: unit.key, digest: unit.digest, files: files))
      listing.append(position)
    }
    // The few units with files of rows, found by key (the units are sorted by key).
    for (key, bounds) in lock.withLock({ rowBounds }) {
      var (low, high) = (0, recorded.count)
      while low < high {
        let middle = (low + high) / 2
        if recorded[middle].key < key { low = middle + 1 } else { high = middle }
      }
      guard low < recorded.count, recorded[low].key == key else { continue }
      let paths = Set(recorded[low].files.map(\.path))
      recorded[low].rowBounds = bounds.filter { paths.contains($0.key) }
    }
    let dropped = droppedFiles(written: sizes)
    // The files no unit recorded lists: every file written, less each recorded unit's.
    for position in listing {
      for path in units[position].paths { sizes.removeValue(forKey: path) }
    }
    // A file both kept and written (two units naming one path) is a kept unit's.
    if !sizes.isEmpty {
      for unit in units { for file in unit.kept ?? [] { sizes.removeValue(forKey: file.path) } }
    }
    let others = sizes.sorted { $0.key < $1.key }
    recorded.append(
      BuildRecord.Unit(key: "", digest: 0, files: others.map { (path: $0.key, size: $0.value) }))
    return (recorded, dropped)
  }

  /// The files of the previous build's site that this build's does not have: those of the
  /// previous record's units that were not kept, but for the files this build wrote (`written`)
  /// or kept (the record, written after, is never among them). Nil without a previous record.
  private func droppedFiles(written: [String: Int]) -> [String]? {
    guard let previous else { return nil }
    var keptUnit = [Bool](repeating: false, count: previous.units.count)
    let (positions, units) = lock.withLock { (keptPositions, self.units) }
    for position in positions { keptUnit[position] = true }
    var dropped: Set<String> = []
    for (position, unit) in previous.units.enumerated() where !keptUnit[position] {
      for file in unit.files { dropped.insert(file.path) }
    }
    guard !dropped.isEmpty else { return [] }
    for path in written.keys { dropped.remove(path) }
    for unit in units { for file in unit.kept ?? [] { dropped.remove(file.path) } }
    dropped.remove(BuildRecord.fileName)
    return Array(dropped)
  }
}
