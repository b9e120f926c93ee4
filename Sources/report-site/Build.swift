import ArgumentParser
import Foundation
import ReportContent
import ReportModel
import ReportSite
import SiteOutput

extension ReportSiteCommand {
  struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Build the static site from Content/ into Output/.",
      discussion: """
        Output/ is replaced only when the whole site has been written, and only if report-site
        made it. One build at a time writes an output folder: a second one waits for the first
        (or, with --no-wait, stops). Example:
          report-site build --output /var/www/gzbg
        """)

    @OptionGroup var options: ContentOptions
    @OptionGroup var strictness: StrictOption

    @OptionGroup var theme: ThemeOptions

    @Option(help: "Where the site is written.")
    var output: String = "Output"

    @Flag(help: "Print each step.")
    var verbose = false

    @Flag(help: "Stop with an error, instead of waiting, when another build is writing the output.")
    var noWait = false

    func run() throws {
      let start = Date()
      // With --verbose, each step is printed with the time it starts at and the CPU time the
      // process has used so far (all threads, user and system).
      let log = { (line: String) in
        guard verbose else { return }
        standardError(
          String(format: "%6.2f s %6.2f cpu  ", Date().timeIntervalSince(start), processCPUTime())
            + line + "\n")
      }
      log("report-site \(ReportSiteVersion.current)")
      let templatesURL = theme.folder
      let themeSource = try theme.source()
      let outputURL = URL(fileURLWithPath: output)
      // One build at a time: from before the output is compared with the inputs until the new
      // site is in place, so that unchanged files are linked from the site compared.
      let lock = try lockOutput(outputURL)
      defer { lock.release() }
      // No import writes Content/ while it is read.
      let contentLock = try lockContent()
      defer { contentLock.release() }
      // Same inputs as the build that wrote the output, and the output as it wrote it: done.
      // The fingerprint reads every content file; the reader parses those same bytes.
      // First by the content files' names, sizes and times; then by their bytes, so that a
      // file touched but not changed still counts as unchanged.
      // Both passes take the content folder as it is listed once (`BuildInputs`).
      // The cache beside the output (`BuildCache`): the files unchanged since the last build
      // are neither read nor parsed again. It is read on another thread while the content
      // folder is listed.
      let cacheKey = BuildCache.Key(
        content: options.layout.root, parseFormat: ParsedTaskFile.formatVersion)
      let cacheLoad = BuildCacheLoad(output: outputURL, key: cacheKey)
      log("fingerprint \(options.content) and \(templatesURL.relativePath)")
      let inputs = try? BuildInputs(
        content: options.layout.root, templates: templatesURL, settings: [])
      if SiteBuilder.hasBuilt(output: outputURL), let inputs,
        skips(SiteBuilder.upToDate(output: outputURL, quick: inputs.quick))
      {
        return
      }
      // The output's record is read and checked against its files meanwhile, on another core.
      let recordCheck =
        SiteBuilder.hasBuilt(output: outputURL) ? RecordCheck(output: outputURL) : nil
      log("fingerprint \(options.content) by its bytes")
      var cache: BuildCache?
      if inputs != nil {
        let (loaded, ignored) = cacheLoad.take()
        if let ignored { log("cache: \(ignored); every file is read") }
        cache = loaded
      }
      let cacheRead = cache != nil
      let fingerprinted = inputs?.withContent(cache: cache, settleTime: Self.cacheSettleTime)
      // The listing (40,000 paths at 10,000 × 4) is freed on another thread.
      BackgroundRelease.release((consume inputs) as Any)
      BackgroundRelease.release((consume cache) as Any)
      let fingerprint = fingerprinted?.fingerprint
      let quick = fingerprinted?.quick
      if let fingerprint, skips(SiteBuilder.upToDate(output: outputURL, fingerprint: fingerprint)) {
        return
      }
      let progress = BuildProgressLine()
      if let counts = fingerprinted?.table.counts {
        log(
          "read and check \(options.content): \(counts.read) of \(counts.files) files read"
            + " (\(counts.keptAfterReading) of them unchanged)")
      } else {
        log("read and check \(options.content)")
      }
      let preloaded = fingerprinted?.content.byPath() ?? [:]
      let table = fingerprinted?.table
      let parsed = table.map { ParsedTaskFiles(kept: $0.keptParses()) }
      BackgroundRelease.release((consume fingerprinted) as Any)
      // The units' pinyin as the last build of this tool made it: ICU is opened only for a
      // new unit.
      let (read, found, unitSlugs, unitPinyin) = CheckedContent.read(
        options.layout, preloaded: preloaded,
        knownPinyin: OutputDirectory.unitPinyin(in: outputURL), parsed: parsed)
      let diagnostics = strictness.apply(found)
      var site = diagnostics.hasErrors ? nil : consume read
      // Checked: the places of the tasks' fields are needed no more (see
      // `SiteContent.forgetTaskLocations()`).
      site?.forgetTaskLocations()
      contentLock.release()
      // The bytes are parsed: free them, on another thread, while the pages are made.
      BackgroundRelease.release(consume preloaded)
      DiagnosticPrinter.print(diagnostics)
      guard let site else {
        standardError("the site was not built; \(output) is unchanged\n")
        throw ExitCode(1)
      }
      // The next cache is laid out and written while the site is made; it is put in place
      // only once the site is. The cache read is kept as it is when it holds all but a few
      // files as they are now (`BuildCache.rewriteAfter`).
      let keepsCache =
        cacheRead && (parsed?.counts.damaged ?? 0) == 0
        && (table?.unvouchedCount ?? Int.max) <= BuildCache.rewriteAfter
      if keepsCache, let table {
        log("cache: kept as it is (\(table.unvouchedCount) files read that it does not hold)")
      }
      // A table not written is kept to the end (freeing its 40,000 paths took this thread a
      // few milliseconds); one written is the writer's alone, which lets it go once written.
      let keptTable: ContentTable?
      let cacheWrite: BuildCacheWrite?
      if keepsCache {
        keptTable = consume table
        cacheWrite = nil
      } else {
        keptTable = nil
        cacheWrite = (consume table).map { table in
          BuildCacheWrite(
            output: outputURL, key: cacheKey, table: table, made: parsed?.takeMade() ?? [:])
        }
      }
      if let counts = parsed?.counts {
        log(
          "parsed \(counts.parsed) task files, took \(counts.reused) from the cache"
            + (counts.damaged > 0 ? " (\(counts.damaged) kept parses unreadable)" : ""))
      }
      var buildOptions = SiteBuildOptions(
        templates: templatesURL, output: outputURL, verbose: verbose,
        fingerprint: fingerprint, quickFingerprint: quick,
        unitSlugs: unitSlugs, theme: themeSource, recordCheck: recordCheck)
      // The warnings printed are kept with the fingerprint: a build skipped as up to date
      // prints them again, so that warnings never go unseen.
      buildOptions.printedWarnings =
        diagnostics.isEmpty
        ? nil
        : PrintedWarnings(content: options.content, text: DiagnosticPrinter.text(diagnostics))
      buildOptions.unitPinyin = unitPinyin
      let builder = SiteBuilder(site: consume site, options: buildOptions)
      do {
        let summary = try {
          defer { progress.finish() }
          return try builder.build(log: log, progress: progress.update)
        }()
        if let problem = cacheWrite?.commit() { log("cache not written: \(problem)") }
        let seconds = Date().timeIntervalSince(start)
        let kept = summary.filesKept > 0 ? " (\(summary.filesKept) kept as they were)" : ""
        standardOutput(
          "\(output): \(summary.pagesWritten) pages, \(summary.filesWritten) files\(kept) in "
            + String(format: "%.2f s", seconds) + "\n")
        // Done: the site and the cache are in place. The process ends here, without freeing
        // what it holds (the cache's table, the record, the parses: 0.05 s at 10,000 × 4, on
        // this thread, after the site was in place; the model, held by the builder, took as
        // much on another core); the locks go first, as at a return.
        lock.release()
        withExtendedLifetime((builder, keptTable)) { Foundation.exit(0) }
      } catch let error as SiteBuildError {
        cacheWrite?.discard()
        standardError(error.description + "\nthe site was not built; \(output) is unchanged\n")
        throw ExitCode(1)
      }
    }

    /// How much older than the last build's listing a content file's times must be for the
    /// cache to trust its identity (see ``BuildCache``); tests set a negative time with the
    /// environment variable `REPORT_SITE_CACHE_SETTLE_SECONDS` to trust files just written.
    static var cacheSettleTime: Double {
      ProcessInfo.processInfo.environment["REPORT_SITE_CACHE_SETTLE_SECONDS"].flatMap(Double.init)
        ?? BuildCache.settleTime
    }

    /// Whether the build is skipped for `upToDate`, an output found up to date: then the
    /// warnings its build printed are printed again, and the output is said to be up to date.
    /// Not when the warnings' paths would read otherwise (another `--content`) or `--strict`
    /// makes them errors: the build runs and says what it finds.
    private func skips(_ upToDate: UpToDateOutput?) -> Bool {
      guard let upToDate else { return false }
      if let warnings = upToDate.warnings {
        guard warnings.content == options.content, !strictness.strict else { return false }
        standardError(warnings.text)
      }
      standardOutput("\(output) is up to date\n")
      return true
    }

    /// Takes the content folder's lock for reading, waiting for an import that writes it.
    private func lockContent() throws -> ContentLock {
      do {
        return try ContentLock(layout: options.layout, mode: .read, wait: true) { holder in
          standardError(
            "waiting for an import into \(options.content)"
              + "\(holder.map { " (pid \($0))" } ?? "") to finish\n")
        }
      } catch {
        standardError(error.description + "\n")
        throw ExitCode(1)
      }
    }

    /// Takes the output's lock (waiting for another build, or not with --no-wait) and removes
    /// what interrupted builds left beside the output.
    private func lockOutput(_ outputURL: URL) throws -> OutputLock {
      do {
        let lock = try OutputLock(output: outputURL, wait: !noWait) { holder in
          standardError(
            "waiting for another build\(holder.map { " (pid \($0))" } ?? "") to finish writing "
              + "\(output)\n")
        }
        for folder in try lock.removeLeftovers() {
          standardError("removed \(folder), left beside \(output) by an interrupted build\n")
        }
        // The cache a killed build was writing (see `BuildCacheWrite`), not worth a word.
        _ = BuildCacheWrite.removeLeftover(beside: outputURL)
        return lock
      } catch {
        standardError(error.description + "\n")
        throw ExitCode(1)
      }
    }
  }
}
