import ReportMarkdown
import ReportModel
import SiteOutput

/// One round's completion within some scope (the whole report, a section, a unit).
struct RoundProgress: Sendable {
  let round: RoundID
  let date: String?
  let done: Int
  let total: Int
}

/// The counts of a comparison that pages and the feed show.
struct ChangeCounts: Sendable {
  /// Tasks whose status differs (newly done, moved backwards, other status changes).
  let statusChanged: Int
  let newlyDone: Int

  init(_ comparison: RoundComparison) {
    var statusChanged = 0
    var newlyDone = 0
    for index in comparison.changes.indices {
      let kind = comparison.changes[index].kind
      if kind.isStatusChange { statusChanged += 1 }
      if kind == .newlyDone { newlyDone += 1 }
    }
    self.statusChanged = statusChanged
    self.newlyDone = newlyDone
  }
}

/// What every round's pages share: the indexes of all rounds, each task's history, the
/// comparisons between consecutive rounds, progress over rounds and the rendered narratives.
/// Built once per build, in time linear in tasks × rounds.
struct SiteContext: Sendable {
  let report: Report
  /// The report's folder in the site, `2021/`.
  let reportPrefix: String
  /// One index per round, oldest first; the last is the latest.
  let indexes: [SiteIndex]
  let history: ReportHistory
  let deadlines: DeadlineTable
  /// `comparisons[i]` compares round i with round i + 1.
  let comparisons: [RoundComparison]
  /// How many tasks of each comparison changed status, and were newly done.
  let changeCounts: [ChangeCounts]
  /// The badge of every status as written in some round, made once.
  let badges: [String: StatusBadge]
  /// Each round's narratives rendered from Markdown, parallel to its index's tasks.
  let narratives: [RoundNarratives]
  let introHTML: [String?]
  let overallTrend: [RoundProgress]
  let sectionTrends: [Int: [RoundProgress]]
  let unitTrends: [String: [RoundProgress]]
  /// Position of each round in ``indexes``.
  let positions: [RoundID: Int]
  /// What this build keeps for the next (see ``BuildSession``), if anything.
  let session: BuildSession?

  /// `slugs`, when it has every unit's, are the units' slugs (see
  /// ``SiteBuildOptions/unitSlugs``).
  /// `renderingAll` says which rounds' narratives are all rendered at once, on every core; the
  /// others' are rendered each when first read (see ``RoundNarratives``). A `session`'s
  /// narratives rendered by an earlier build are taken from it (see ``BuildSession``).
  /// `unitNames` are the report's units as ``unitNames(of:)`` finds them (found here when nil).
  init(
    report: Report, renderer: MarkdownRenderer, slugs given: [String: String]? = nil,
    renderingAll: (Int) -> Bool = { _ in true }, session: BuildSession? = nil,
    unitNames found: (names: [String], canonical: CanonicalUnitNames)? = nil
  ) throws {
    let render: @Sendable (String) -> String = { markdown in
      session?.html(markdown, renderer: renderer) ?? renderer.html(from: markdown)
    }
    guard !report.rounds.isEmpty else { throw SiteBuildError.noRounds }
    self.report = report
    self.session = session
    reportPrefix = SitePaths.report(report.id)
    let directory = report.config.units
    let (names, canonicalNames) = found ?? Self.unitNames(of: report)
    let unitNames = names
    let eager = Set(report.rounds.indices.filter(renderingAll))
    enum Part: Sendable {
      case index(Result<SiteIndex, Error>)
      case history(ReportHistory)
      case deadlines(DeadlineTable)
      case comparison(RoundComparison)
    }
    let roundCount = report.rounds.count
    // The narratives are rendered from Markdown on another thread, one after another
    // (cmark-gfm's parses take turns under one lock, see `CmarkGFM`: more threads would only
    // wait for it, each wait a system call), while this one makes the units' slugs (ICU's
    // transliterator takes a while to open) and the rounds' indexes on every core, with the
    // history, deadlines and comparisons.
    let (renderedByRound, parts) = concurrently(
      {
        let markdown = report.rounds.indices.filter(eager.contains).flatMap {
          report.rounds[$0].tasks.map(\.narrative)
        }
        return markdown.map(render)
      },
      { () -> [Part] in
        let slugs: [String: String]
        if let given, unitNames.allSatisfy({ given[$0] != nil }) {
          slugs = given
        } else {
          slugs = UnitSlugs.slugs(for: unitNames, directory: directory)
        }
        // Each comparison of two rounds a part of its own, first: three in one part were the
        // last part to end, on one core, at 10,000 × 4.
        let comparisonCount = roundCount - 1
        return parallelMap(Array(0..<(comparisonCount + roundCount + 2)), chunkSize: 1) {
          part -> Part in
          if part < comparisonCount {
            return .comparison(
              RoundComparison(
                from: report.rounds[part], to: report.rounds[part + 1],
                vocabulary: report.config.statuses))
          }
          switch part - comparisonCount - roundCount {
          case 0: return .history(ReportHistory(report: report))
          case 1: return .deadlines(DeadlineTable(report: report))
          default:
            return .index(
              Result {
                try SiteIndex(
                  report: report, round: report.rounds[part - comparisonCount], slugs: slugs,
                  canonicalNames: canonicalNames)
              })
          }
        }
      })
    var indexes: [SiteIndex] = []
    var history: ReportHistory?
    var deadlines: DeadlineTable?
    var comparisons: [RoundComparison] = []
    for part in parts {
      switch part {
      case .index(let result): indexes.append(try result.get())
      case .history(let value): history = value
      case .deadlines(let value): deadlines = value
      case .comparison(let value): comparisons.append(value)
      }
    }
    self.indexes = indexes
    positions = Dictionary(
      indexes.indices.map { (indexes[$0].round.id, $0) }, uniquingKeysWith: { first, _ in first })
    self.history = history!
    self.deadlines = deadlines!
    self.comparisons = comparisons
    changeCounts = comparisons.map(ChangeCounts.init)
    var badges: [String: StatusBadge] = [:]
    // Each spelling is looked up once by its bytes (see `ExactText`): `String` hashes CJK
    // text slowly, and 40,000 tasks write a few spellings.
    var spellings: Set<ExactText> = []
    for index in indexes {
      for task in index.tasks.indices
      where spellings.insert(ExactText(index.tasks[task].task.status)).inserted
        && badges[index.tasks[task].task.status] == nil
      {
        badges[index.tasks[task].task.status] = StatusBadge(
          index.tasks[task].status, asWritten: index.tasks[task].task.status)
      }
    }
    self.badges = badges
    var narratives: [RoundNarratives] = []
    var start = 0
    for (position, (index, round)) in zip(indexes, report.rounds).enumerated() {
      let tasks = index.tasks.map(\.task.narrative)
      var html: [String]?
      if eager.contains(position) {
        let rendered = renderedByRound[start..<(start + round.tasks.count)]
        start += round.tasks.count
        // The index keeps the round's tasks in order; should it not, they are rendered as read.
        if tasks.elementsEqual(round.tasks.map(\.narrative)) { html = Array(rendered) }
      }
      narratives.append(RoundNarratives(markdown: tasks, render: render, html: html))
    }
    self.narratives = narratives
    introHTML = report.rounds.map { round in
      round.intro.flatMap { $0.trimmedSpace.isEmpty ? nil : render($0) }
    }
    var overall: [RoundProgress] = []
    var sections: [Int: [RoundProgress]] = [:]
    var units: [String: [RoundProgress]] = [:]
    for index in indexes {
      let id = index.round.id
      let date = index.date
      let all = index.counts(Array(index.tasks.indices))
      overall.append(RoundProgress(round: id, date: date, done: all.done, total: all.total))
      for (section, tasks) in index.tasksBySection {
        let counts = index.counts(tasks)
        sections[section, default: []].append(
          RoundProgress(round: id, date: date, done: counts.done, total: counts.total))
      }
      for unit in index.units {
        let counts = index.counts(unit.all)
        units[unit.name, default: []].append(
          RoundProgress(round: id, date: date, done: counts.done, total: counts.total))
      }
    }
    overallTrend = overall
    sectionTrends = sections
    unitTrends = units
  }

  /// The canonical names of the units of every round of `report`, in the order they first
  /// appear (an earlier round's under the names it was published with), and the names looked
  /// up. Slugs are made of these, so that a unit keeps its URL. Each spelling of a unit is
  /// looked up in the directory once: a report names few units, often.
  static func unitNames(of report: Report) -> (names: [String], canonical: CanonicalUnitNames) {
    var canonical = CanonicalUnitNames(report.config.units)
    var names: [String] = []
    var seenNames: Set<String> = []
    for round in report.rounds.indices {
      var published = CanonicalUnitNames.of(report.rounds[round], in: report, shared: canonical)
      let isShared =
        report.rounds[round].id == report.latest?.id
        || report.rounds[round].publishedUnitNames.isEmpty
      // A spelling the round has named already gives the same name: it is looked up once.
      var spellings: Set<String> = []
      for task in report.rounds[round].tasks.indices {
        for written in report.rounds[round].tasks[task].units
        where spellings.insert(written).inserted {
          let name = isShared ? canonical.name(of: written) : published.name(of: written)
          if !name.isEmpty, seenNames.insert(name).inserted { names.append(name) }
        }
      }
    }
    return (names, canonical)
  }

  var latest: SiteIndex { indexes[indexes.count - 1] }

  /// Position of a round in ``indexes``.
  func position(of round: RoundID) -> Int? { positions[round] }

  /// The change of completion in percentage points between the last two rounds of `trend`,
  /// when they are the last two rounds of the report: `+12.5`, `-3`, `0`.
  func completionChange(_ trend: [RoundProgress]?) -> String? {
    guard let trend, trend.count >= 2, indexes.count >= 2,
      trend[trend.count - 1].round == indexes[indexes.count - 1].round.id,
      trend[trend.count - 2].round == indexes[indexes.count - 2].round.id
    else { return nil }
    func tenths(_ point: RoundProgress) -> Int {
      point.total == 0 ? 0 : (point.done * 1000 + point.total / 2) / point.total
    }
    let change = tenths(trend[trend.count - 1]) - tenths(trend[trend.count - 2])
    let magnitude = abs(change)
    let number = magnitude % 10 == 0 ? "\(magnitude / 10)" : "\(magnitude / 10).\(magnitude % 10)"
    return change > 0 ? "+" + number : change < 0 ? "-" + number : "0"
  }

  /// Where round `position`'s pages live: the site root for the latest, `rounds/<id>/` else.
  func prefix(ofRound position: Int) -> String {
    position == indexes.count - 1 ? "" : SitePaths.archive(indexes[position].round.id)
  }

  /// One factory per round, oldest first, each for which `withRows` holds with its list rows
  /// made (on every core); the others make a row when a page needs it.
  func factories(withRows: (Int) -> Bool = { _ in true }) -> [PageFactory] {
    let factories = indexes.indices.map { position in
      PageFactory(
        index: indexes[position], narratives: narratives[position],
        introHTML: introHTML[position], prefix: prefix(ofRound: position), context: self)
    }
    // A round at a time, its factory captured once: `factories[round]` in the closure copied
    // the factory (a retain and release of each of its fields) for every row.
    let rows = factories.indices.filter(withRows).flatMap { round in
      let factory = factories[round]
      return parallelMap(Array(factory.index.tasks.indices), chunkSize: 1024) {
        factory.makeRow($0, root: PageFactory.listRoot)
      }
    }
    var start = 0
    return factories.indices.map { round in
      guard withRows(round) else { return factories[round] }
      let count = factories[round].index.tasks.count
      defer { start += count }
      return factories[round].with(rows: Array(rows[start..<(start + count)]))
    }
  }
}
