import ReportMarkdown
import ReportModel

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
