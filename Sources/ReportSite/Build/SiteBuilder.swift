import Foundation
import ReportMarkdown
import ReportModel
import SiteOutput

/// Builds the public site of a report: the model becomes view models, the view models pass
/// through the Mustache templates, and the files are written beside the output folder and
/// swapped in only when all is well.
///
/// The build runs as named steps; with ``SiteBuildOptions/verbose`` each step is logged as
/// `[i/n] step`. Every failure is a ``SiteBuildError``; after one, the old output is untouched
/// and the staging folder is gone.
public struct SiteBuilder: Sendable {
  public let site: SiteContent
  public let options: SiteBuildOptions

  /// The templates a site cannot be built without.
  static let requiredTemplates = [
    "layout", "home", "section", "units-index", "unit", "status-index", "status", "task",
    "tasks-index", "not-found", "badge", "task-row", "progress", "breadcrumbs", "badge-svg",
    "sitemap", "trend", "history", "changes", "rounds", "feed", "pagination",
    "filter-index", "redirect", "full", "front", "site-unit",
  ]

  public init(site: SiteContent, options: SiteBuildOptions) {
    self.site = site
    self.options = options
  }

  /// The builder of a site of one report.
  public init(report: Report, options: SiteBuildOptions) {
    self.init(site: SiteContent(report: report), options: options)
  }

  /// Builds the site; returns what was written.
  ///
  /// `progress` is called now and then while files are rendered, with the files done so far and
  /// the file count, from one thread at a time (see ``BuildProgressLine``).
  public func build(
    log: (String) -> Void = { _ in }, progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }
  ) throws -> SiteBuildSummary {
    let clock = ContinuousClock()
    let start = clock.now
    var step = 0
    let stepCount = 7
    func begin(_ name: String) {
      step += 1
      if options.verbose { log("[\(step)/\(stepCount)] \(name)") }
    }

    begin("load templates from \(options.templates.relativePath)")
    let theme = options.theme
    let session = options.session
    // The templates are loaded and checked on another core while this one digests the inputs;
    // an error of the templates is thrown first, as when they were loaded first.
    let (templates, (slugs, inputs, unitNames)) = try concurrently(
      {
        let templates = try TemplateLibrary(source: theme, required: Self.requiredTemplates)
        // Every page template is checked against its view model now, also one this site
        // renders no page with yet (an earlier round's unit pages, a second report's): a
        // misspelt key fails every build, not the first build that needs the template.
        for (template, model) in ThemeKeys.pages {
          _ = try templates.compile(template, for: model)
        }
        return templates
      },
      {
        guard !site.reports.isEmpty else { throw SiteBuildError.noRounds }
        // Each report's units, found once for the slugs and the report's pages.
        let unitNames = site.reports.map { SiteContext.unitNames(of: $0, session: session) }
        let slugs = Self.unitSlugs(
          of: site, given: options.unitSlugs, session: session, names: unitNames.map(\.names))
        // What this build reads, and what the last one recorded: the units of work whose
        // inputs did not change are kept as they are, and their narratives need not be
        // rendered.
        if options.verbose { log("digest the inputs") }
        let shared = PageInputs.shared(site: site, slugs: slugs)
        let inputs = try site.reports.map {
          try PageInputs(report: $0, theme: theme, shared: shared, session: session)
        }
        return (slugs, inputs, unitNames)
      })
    session?.startBuild()
    // A session's last build, if it succeeded, left its record in memory, with the identity
    // of the folder it put in place; anything else, and the folder's record is checked.
    let kept = session?.takeRecord(of: options.output)
    if options.verbose {
      log(kept == nil ? "read the last build's record" : "the last build's record, kept in memory")
    }
    let previous =
      kept ?? (options.recordCheck.map { $0.record() } ?? BuildRecord.trusted(in: options.output))
    begin("index the rounds and render Markdown")
    let contexts = try zip(zip(site.reports, inputs), unitNames).map { reportInputs, names in
      let (report, inputs) = reportInputs
      return try SiteContext.made(
        report: report, structure: inputs.structure,
        renderer: MarkdownRenderer(headingOffset: 2), slugs: slugs,
        renderingAll: { round in
          BuildUnits.makesLists(
            BuildUnits.narrativeLists, round: round, of: report, inputs: inputs, after: previous)
        }, session: session, unitNames: names)
    }
    begin("prepare \(options.output.relativePath)")
    let output = OutputDirectory(options.output)
    output.fingerprint = options.fingerprint
    output.quickFingerprint = options.fingerprint == nil ? nil : options.quickFingerprint
    output.unitPinyin = options.unitPinyin
    output.printedWarnings = options.fingerprint == nil ? nil : options.printedWarnings
    output.setsBackTreeAside = options.setsBackTreeAside
    try output.prepare()
    let structure = PageInputs.combinedStructure(inputs)
    session?.files.begin(record: kept, structure: structure)
    do {
      // The pages' view models are made in parts, and rendered as soon as each part is made,
      // on every core; the open data is encoded and written meanwhile. Units of work whose
      // inputs did not change since the last build are kept as they are.
      begin("make and render the pages and badges")
      let units = BuildUnits(
        previous: previous, output: output,
        searchWrapping: session == nil ? try OldSearchFiles.wrapping(templates: templates) : nil)
      let factories = zip(contexts, inputs).map { context, inputs in
        let report = context.report
        return context.factories { round in
          BuildUnits.makesLists(
            BuildUnits.rowLists, round: round, of: report, inputs: inputs, after: previous)
        }
      }
      let sitePages = SitePages(config: site.config, reports: factories.map { $0.last! })
      // The site's root reads every report: its pages and open data are made again when
      // anything of any report changes.
      let siteDigest = PageInputs.combined(inputs)
      let openData = OpenDataBox()
      // Each report's open data; the latest report's is the root's too, with the list of
      // reports, written from the same rows when both are made.
      let root = OpenDataFiles.Destination(
        folder: "", pages: sitePages.latest.reportPrefix, site: "",
        reports: sitePages.reportLinks())
      var dataParts: [PageStream.Part] = []
      for (position, (context, inputs)) in zip(contexts, inputs).enumerated() {
        let folder = context.reportPrefix
        var destinations = [
          OpenDataFiles.Destination(folder: folder, pages: "", site: "../", reports: nil)
        ]
        var entries = [
          (
            key: folder + ":data",
            digest: inputs.digest(folder + ":data", round: 0, reads: .allNarratives),
            paths: destinations[0].paths
          )
        ]
        if position == contexts.count - 1 {
          destinations.append(root)
          entries.append((key: ":data", digest: siteDigest, paths: root.paths))
        }
        let reuse = session.map { session in
          OpenDataFiles.Reuse(
            session: session,
            oldSizes: Dictionary(
              entries.flatMap { kept?.unit($0.key)?.files ?? [] }, uniquingKeysWith: { $1 }))
        }
        dataParts.append(
          units.units(entries) { [destinations, entries] made in
            openData.set(
              Result {
                let old =
                  session == nil
                  ? Self.oldRows(
                    context, inputs, after: previous, structure: structure, output: output)
                  : nil
                let written = try OpenDataFiles(
                  context, row: Self.rows(context, inputs, session)
                ).write(
                  to: made.map { destinations[$0] }, output: output, reuse: reuse, old: old)
                for position in made {
                  let paths = Set(entries[position].paths)
                  units.setRowBounds(
                    entries[position].key, written.rowBounds.filter { paths.contains($0.key) })
                }
                return written.copied
              })
          })
      }
      let taken = sitePages.paths()
      var reportParts:
        [[(lists: [PageFactory.Part], tasks: [PageFactory.Part], others: [PageFactory.Part])]] = []
      for ((context, rounds), inputs) in zip(zip(contexts, factories), inputs) {
        let redirects =
          context.report.migratedFromRoot
          ? RootRedirects(
            folder: context.reportPrefix, title: context.report.config.title,
            baseURL: site.config.baseURL, taken: taken) : nil
        reportParts.append(units.rounds(rounds, inputs: inputs, redirects: redirects))
      }
      // The root's pages read every report's structure, in parts (its units' pages in many), a
      // unit of work each; its feed, the changes between each report's rounds too.
      let siteJobs = sitePages.jobParts().enumerated().map { position, part in
        units.unit(position == 0 ? ":site" : ":site-\(position)", digest: structure, make: part)
      }
      var feedDigest = StableHasher()
      feedDigest.combine(structure)
      for context in contexts { feedDigest.combine(PageInputs.changes(context.comparisons)) }
      let feedJobs = units.unit(":site-feed", digest: feedDigest.value) { sitePages.feedJobs() }
      let parts = dataParts + siteJobs + [feedJobs] + reportParts.flatMap { Self.scheduled($0) }
      // The stream lets go of each part once it is made: nothing else holds the parts (the
      // lists' rows are freed after the last list).
      _ = (consume factories, consume sitePages, consume reportParts, consume dataParts)
      _ = (consume siteJobs, consume feedJobs)
      // A session's builds (`serve`) keep the allocator's free pages (see ``PageStream``).
      let stream = PageStream(
        parts: consume parts, templates: templates, output: output,
        releasesMemory: session == nil, progress: progress)
      try stream.run()
      try openData.get().get()
      // The model and the stream are done with: they are freed on another thread while this
      // one makes the record (the last references here, or the teardown of a big site would
      // wait for this function's return, on this thread).
      let pageCount = stream.pageCount
      let rowsCopied = openData.rowsCopied()
      let keptUnread = stream.keptUnread
      session?.keepContexts(contexts, structures: inputs.map(\.structure))
      BackgroundRelease.release(consume contexts, consume stream)
      begin("write open data and assets")
      let assets = try options.theme.assetFiles()
      for asset in assets {
        try output.write(
          try options.theme.bytes(of: "assets/" + asset), to: SitePaths.assets + asset)
      }
      if options.verbose { log("make the build record") }
      let (record, dropped) = units.record()
      output.droppedFiles = dropped
      try BuildRecord.text(record).withUnsafeBytes {
        try output.write(bytes: $0, to: BuildRecord.fileName)
      }
      if options.verbose {
        log(
          "rendered \(units.renderedPages) pages; kept \(units.keptFiles) files of the last "
            + "build whose inputs did not change")
        let made = units.madeUnits.sorted()
        if made.count <= 40 { log("made again: " + made.joined(separator: " ")) }
        if rowsCopied > 0 { log("copied \(rowsCopied) rows of the old site's open data") }
        if keptUnread > 0 { log("kept \(keptUnread) files of units made again unread") }
      }
      begin("replace \(options.output.relativePath)")
      // Every file of the new site, and the marker.
      let fileCount = output.fileCount + 1
      try output.commit()
      let seconds = (clock.now - start) / .seconds(1)
      var summary = SiteBuildSummary(
        pagesWritten: pageCount, filesWritten: fileCount, seconds: seconds)
      summary.filesKept = units.keptFiles
      summary.openDataRowsCopied = rowsCopied
      summary.filesKeptUnread = keptUnread
      session?.keepRecord(BuildRecord(units: record), of: options.output)
      session?.finishBuild()
      BackgroundRelease.release(consume record, consume units, consume inputs)
      return summary
    } catch let error as SiteBuildError {
      output.abandon()
      session?.abandonBuild()
      throw error
    } catch {
      output.abandon()
      session?.abandonBuild()
      throw SiteBuildError.io(
        step: "build", path: options.output.relativePath, reason: error.localizedDescription)
    }
  }

  /// The rounds' parts in the order they are made and rendered: first every list (pages with
  /// many bytes, in few folders), then the task pages with the latest round's badges among
  /// them, the first halves of every round before the second halves. Two workers then mostly
  /// write in different folders, up to the end: creating files in one folder from two threads
  /// mostly waits on the folder's lock.
  static func scheduled(
    _ rounds: [(lists: [PageFactory.Part], tasks: [PageFactory.Part], others: [PageFactory.Part])]
  ) -> [PageStream.Part] {
    let newestFirst = rounds.reversed()
    var parts = newestFirst.flatMap(\.lists)
    var halves = newestFirst.map { $0.tasks[...] }
    var others = newestFirst.flatMap(\.others)[...]
    while halves.contains(where: { !$0.isEmpty }) {
      for round in halves.indices {
        if let part = halves[round].popFirst() { parts.append(part) }
        if let other = others.popFirst() { parts.append(other) }
      }
    }
    return parts + others
  }

  /// The units' slugs of every report (see ``UnitSlugs/slugs(forGroups:directory:)``): `given`
  /// when it has every unit's.
  /// A `session` keeps them for the next build of the same units and site.yml. `names` are each
  /// report's units (see ``SiteContext/unitNames(of:)``), found here when nil.
  static func unitSlugs(
    of site: SiteContent, given: [String: String]?, session: BuildSession? = nil,
    names: [[String]]? = nil
  ) -> [String: String] {
    let groups = names ?? site.reports.map { SiteContext.unitNames(of: $0).names }
    if let given, groups.allSatisfy({ $0.allSatisfy { given[$0] != nil } }) { return given }
    let make = { UnitSlugs.slugs(forGroups: groups, directory: site.config.units) }
    guard let session else { return make() }
    var key = StableHasher()
    key.combine(site.config)
    key.combine(groups.count)
    for group in groups {
      key.combine(group.count)
      for name in group { key.combine(name) }
    }
    return session.slugs(key: key.value, make: make)
  }

  /// The open data's rows of `context`'s latest round, taken from `session` when an earlier
  /// build made them from the same inputs (those of the task's latest page, which reads all
  /// that its row reads, see ``PageInputs/rowDigest(number:)``); nil makes every row.
  static func rows(_ context: SiteContext, _ inputs: PageInputs, _ session: BuildSession?)
    -> ((Int) -> OpenDataRow)?
  {
    guard let session else { return nil }
    // The numbers once (the latest round is not copied for each row).
    let numbers = context.latest.tasks.map(\.number)
    return { position in
      session.row(digest: inputs.rowDigest(number: numbers[position])) {
        OpenDataRow(context, at: position)
      }
    }
  }

  /// The unit of the page of the latest round's task of a number in `context`: its key and
  /// the digest of its inputs, which are all that the task's open data row reads.
  private static func latestTaskPage(_ context: SiteContext, _ inputs: PageInputs)
    -> (Int) -> (key: String, digest: UInt64)
  {
    let round = context.indexes.count - 1
    let folder = context.reportPrefix + context.prefix(ofRound: round)
    return { number in
      let key = folder + SitePaths.task(number)
      return (key, inputs.taskDigest(key, round: round, number: number))
    }
  }

  /// What the open data of `context`'s latest round may copy from the old site's files (see
  /// ``OldOpenDataRows``): nil unless the last build's record (`previous`) was made from the
  /// same structure of the whole site (`structure`, the digest of its `:site` unit), so that
  /// the old files hold the same tasks in the same order.
  static func oldRows(
    _ context: SiteContext, _ inputs: PageInputs, after previous: BuildRecord?,
    structure: UInt64, output: OutputDirectory
  ) -> OldOpenDataRows? {
    guard let previous, let site = output.oldSitePath,
      previous.unit(":site")?.digest == structure
    else { return nil }
    let page = latestTaskPage(context, inputs)
    let unchanged = context.latest.tasks.map { task in
      let (key, digest) = page(task.number)
      return previous.unit(key)?.digest == digest
    }
    var old = OldOpenDataRows(site: site, unchanged: unchanged)
    // Where the old files' rows are, as the record lists them (the report's and the root's).
    for unit in [context.reportPrefix + ":data", ":data"].compactMap(previous.unit) {
      old.rowBounds.merge(unit.rowBounds) { first, _ in first }
      for file in unit.files { old.sizes[file.path] = file.size }
    }
    // The rounds, changes and feed pages (the latest round's last other part, after its
    // badges in pieces) read what the bytes around the rows do.
    let round = context.indexes.count - 1
    let key = BuildUnits.othersKey(
      context.reportPrefix + context.prefix(ofRound: round),
      at: PageFactory.pieces(of: context.latest.tasks.indices).count)
    let reads = PageInputs.Reads.changes(PageInputs.changes(context.comparisons))
    old.sameFrame = previous.unit(key)?.digest == inputs.digest(key, round: round, reads: reads)
    return old
  }

  /// `output`, when it holds, unchanged, the site a build with inputs of `fingerprint` writes;
  /// such a build has nothing to do but print the warnings the answer holds.
  public static func upToDate(output: URL, fingerprint: BuildFingerprint) -> UpToDateOutput? {
    OutputDirectory.upToDate(output, fingerprint: fingerprint)
  }

  /// Whether `output` holds a site report-site built (it may be up to date).
  public static func hasBuilt(output: URL) -> Bool {
    FileSystemCalls.kind(of: output.appendingPathComponent(OutputDirectory.markerName).path)
      == .file
  }

  /// `output`, when it holds, unchanged, the site a build with inputs of quick fingerprint
  /// `quick` writes (see ``BuildFingerprint/quick(content:templates:settings:)``).
  public static func upToDate(output: URL, quick: BuildFingerprint) -> UpToDateOutput? {
    OutputDirectory.upToDate(output, quick: quick)
  }

  /// Whether the open data, encoded and written by one of the parts of the page stream, was
  /// written.
  private final class OpenDataBox: @unchecked Sendable {
    private let lock = NSLock()
    private var written: Result<Void, Error> = .success(())
    private var copied = 0

    /// Keeps the first failure: a later part's success does not hide it; adds up the rows
    /// copied from the old site.
    func set(_ result: Result<Int, Error>) {
      lock.withLock {
        switch result {
        case .success(let rows): copied += rows
        case .failure(let error): if case .success = written { written = .failure(error) }
        }
      }
    }
    func get() -> Result<Void, Error> { lock.withLock { written } }
    func rowsCopied() -> Int { lock.withLock { copied } }
  }
}
