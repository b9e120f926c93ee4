import ReportMarkdown
import ReportModel
import SiteOutput

extension SiteContext {
  /// What a build keeps of a report's context for the next build of a session (see
  /// ``BuildSession``): all that follows from the report's structure (see
  /// ``PageInputs/structure``), and its narratives as rendered, without the session.
  struct Kept: Sendable {
    let report: ReportID
    /// The digest of all that the kept values are made of: site.yml, the units' slugs, the
    /// report's rounds without their narratives, the theme and the tool.
    let structure: UInt64
    let indexes: [SiteIndex]
    let history: ReportHistory
    let deadlines: DeadlineTable
    let badges: [String: StatusBadge]
    let overallTrend: [RoundProgress]
    let sectionTrends: [Int: [RoundProgress]]
    let unitTrends: [String: [RoundProgress]]
    let positions: [RoundID: Int]
    let narratives: [(markdown: [String], html: [String?])]

    /// Whether `report`'s rounds have the places and numbers of the kept indexes' tasks: a
    /// check of what the digest already tells, so that a collision of digests cannot put a
    /// task in another's place.
    func fits(_ report: Report) -> Bool {
      report.id == self.report && report.rounds.count == indexes.count
        && zip(indexes, report.rounds.indices).allSatisfy { index, round in
          let tasks = report.rounds[round].tasks
          // By place: a zip over the tasks copied each (a retain of each of its fields).
          return index.tasks.count == tasks.count
            && index.tasks.indices.allSatisfy { index.tasks[$0].number == tasks[$0].number }
        }
    }
  }

  /// The context of `report`, whose structure has digest `structure` (see
  /// ``PageInputs/structure``): made from what `session`'s last build of the same report kept,
  /// when that build's report had the same structure (only narratives differ), else made anew
  /// (see ``init(report:renderer:slugs:renderingAll:session:unitNames:)``).
  static func made(
    report: Report, structure: UInt64, renderer: MarkdownRenderer, slugs: [String: String],
    renderingAll: (Int) -> Bool, session: BuildSession?,
    unitNames: (names: [String], canonical: CanonicalUnitNames)
  ) throws -> SiteContext {
    if let session, let kept = session.context(of: report.id, structure: structure),
      kept.fits(report)
    {
      return SiteContext(
        kept: kept, report: report, renderer: renderer, renderingAll: renderingAll,
        session: session)
    }
    return try SiteContext(
      report: report, renderer: renderer, slugs: slugs, renderingAll: renderingAll,
      session: session, unitNames: unitNames)
  }

  /// The context of `report`, made of `kept` (see ``Kept/fits(_:)``): the indexes, history and
  /// deadlines over `report`'s rounds, the narratives that did not change as rendered, and the
  /// comparisons between rounds made again (they read the narratives).
  private init(
    kept: Kept, report: Report, renderer: MarkdownRenderer, renderingAll: (Int) -> Bool,
    session: BuildSession
  ) {
    let render: @Sendable (String) -> String = { markdown in
      session.html(markdown, renderer: renderer)
    }
    self.report = report
    self.session = session
    reportPrefix = SitePaths.report(report.id)
    indexes = zip(kept.indexes, report.rounds).map { index, round in
      SiteIndex(sameStructureAs: index, round: round, rounds: report.rounds)
    }
    history = ReportHistory(kept.history, sameStructure: report.rounds)
    deadlines = kept.deadlines
    comparisons = zip(report.rounds, report.rounds.dropFirst()).map {
      RoundComparison(from: $0, to: $1, vocabulary: report.config.statuses)
    }
    changeCounts = comparisons.map(ChangeCounts.init)
    badges = kept.badges
    narratives = report.rounds.indices.map { round in
      RoundNarratives(
        markdown: report.rounds[round].tasks.map(\.narrative), render: render,
        reusing: kept.narratives[round], renderingAll: renderingAll(round))
    }
    introHTML = report.rounds.map { round in
      round.intro.flatMap { $0.trimmedSpace.isEmpty ? nil : render($0) }
    }
    overallTrend = kept.overallTrend
    sectionTrends = kept.sectionTrends
    unitTrends = kept.unitTrends
    positions = kept.positions
  }

  /// What the next build of a session may take of this context, made from inputs whose
  /// structure has digest `structure`.
  func kept(structure: UInt64) -> Kept {
    Kept(
      report: report.id, structure: structure, indexes: indexes, history: history,
      deadlines: deadlines, badges: badges, overallTrend: overallTrend,
      sectionTrends: sectionTrends, unitTrends: unitTrends, positions: positions,
      narratives: narratives.map(\.renderedSoFar))
  }
}

extension SiteContext {
  /// What ``unitNames(of:)`` found for a report, with all that it read of it, kept by a
  /// session for its next build (see ``unitNames(of:session:)``).
  struct KeptUnitNames: Sendable {
    /// The digest of site.yml and the rounds' ids and published names (see ``header(of:)``).
    let header: UInt64
    let rounds: [Round]
    let names: [String]
    let canonical: CanonicalUnitNames

    /// Whether `report` has what ``unitNames(of:)`` read of the kept report: site.yml, the
    /// rounds' ids (and which is the latest) and published names, and every task's units,
    /// byte for byte (a task that is the very same value has them).
    func holds(_ report: Report) -> Bool {
      guard Self.header(of: report) == header, report.rounds.count == rounds.count else {
        return false
      }
      return rounds.indices.allSatisfy { position in
        let (old, new) = (rounds[position], report.rounds[position])
        guard old.tasks.count == new.tasks.count else { return false }
        // A task that holds the very values of the kept one has its units.
        return KeyTask.placesNotHoldingTheSameValues(old.tasks, new.tasks).allSatisfy { task in
          old.tasks[task].units.count == new.tasks[task].units.count
            && zip(old.tasks[task].units, new.tasks[task].units).allSatisfy {
              $0.hasSameUTF8(as: $1)
            }
        }
      }
    }

    /// The digest of the bytes of what ``unitNames(of:)`` reads of `report` but the tasks:
    /// site.yml, each round's id and published names, and the latest round's id.
    static func header(of report: Report) -> UInt64 {
      var hasher = StableHasher()
      hasher.combine(report.config)
      hasher.combine(report.latest?.id.rawValue ?? "")
      hasher.combine(report.rounds.count)
      for round in report.rounds {
        hasher.combine(round.id.rawValue)
        let published = round.publishedUnitNames.sorted { $0.key < $1.key }
        hasher.combine(published.count)
        for (written, name) in published {
          hasher.combine(written)
          hasher.combine(name)
        }
      }
      return hasher.value
    }
  }

  /// ``unitNames(of:)``, taken from what `session`'s last build found when it read the
  /// same of the report (see ``KeptUnitNames/holds(_:)``).
  static func unitNames(of report: Report, session: BuildSession?)
    -> (names: [String], canonical: CanonicalUnitNames)
  {
    guard let session else { return unitNames(of: report) }
    if let kept = session.keptUnitNames(of: report.id), kept.holds(report) {
      return (kept.names, kept.canonical)
    }
    let (names, canonical) = unitNames(of: report)
    session.keepUnitNames(
      KeptUnitNames(
        header: KeptUnitNames.header(of: report), rounds: report.rounds, names: names,
        canonical: canonical),
      of: report.id)
    return (names, canonical)
  }
}
