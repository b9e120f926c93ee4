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
  public let report: Report
  public let options: SiteBuildOptions

  /// The templates a site cannot be built without.
  static let requiredTemplates = [
    "layout", "home", "section", "units-index", "unit", "status-index", "status", "task",
    "tasks-index", "not-found", "badge", "task-row", "progress", "breadcrumbs", "badge-svg",
    "sitemap", "trend", "history", "changes", "rounds", "feed", "pagination",
    "filter-index", "redirect", "full",
  ]

  public init(report: Report, options: SiteBuildOptions) {
    self.report = report
    self.options = options
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
    let templates = try TemplateLibrary(source: options.theme, required: Self.requiredTemplates)
    begin("index the rounds and render Markdown")
    let context = try SiteContext(
      report: report, renderer: MarkdownRenderer(headingOffset: 2), slugs: options.unitSlugs)
    begin("prepare \(options.output.relativePath)")
    let output = OutputDirectory(options.output)
    output.fingerprint = options.fingerprint
    output.quickFingerprint = options.fingerprint == nil ? nil : options.quickFingerprint
    try output.prepare()
    do {
      // The pages' view models are made in parts, and rendered as soon as each part is made,
      // on every core; the open data is encoded and written meanwhile.
      begin("make and render the pages and badges")
      let openData = OpenDataBox()
      let encodeOpenData: PageStream.Part = {
        openData.set(
          Result {
            try output.write(to: SitePaths.data) { file in
              try OpenData(context).encode { try file.append($0) }
            }
            try output.write(to: SitePaths.csv) { file in
              try TasksCSV.write(context) { try file.append($0) }
            }
          })
        return []
      }
      let parts = [encodeOpenData] + Self.scheduled(context.factories().map { $0.jobParts() })
      let stream = PageStream(
        parts: parts, templates: templates, output: output, progress: progress)
      try stream.run()
      try openData.get().get()
      begin("write open data and assets")
      let assets = try options.theme.assetFiles()
      for asset in assets {
        try output.write(
          try options.theme.bytes(of: "assets/" + asset), to: SitePaths.assets + asset)
      }
      begin("replace \(options.output.relativePath)")
      let (pageCount, jobCount) = (stream.pageCount, stream.jobCount)
      BackgroundRelease.release(consume context, consume stream, consume parts)
      try output.commit()
      let seconds = (clock.now - start) / .seconds(1)
      var summary = SiteBuildSummary(
        pagesWritten: pageCount, filesWritten: jobCount + assets.count + 3, seconds: seconds)
      return summary
    } catch let error as SiteBuildError {
      output.abandon()
      throw error
    } catch {
      output.abandon()
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

  /// Whether `output` holds, unchanged, the site a build with inputs of `fingerprint` writes;
  /// such a build has nothing to do.
  public static func isUpToDate(output: URL, fingerprint: BuildFingerprint) -> Bool {
    OutputDirectory.isUpToDate(output, fingerprint: fingerprint)
  }

  /// Whether `output` holds a site report-site built (it may be up to date).
  public static func hasBuilt(output: URL) -> Bool {
    FileSystemCalls.kind(of: output.appendingPathComponent(OutputDirectory.markerName).path)
      == .file
  }

  /// Whether `output` holds, unchanged, the site a build with inputs of quick fingerprint
  /// `quick` writes (see ``BuildFingerprint/quick(content:templates:settings:)``).
  public static func isUpToDate(output: URL, quick: BuildFingerprint) -> Bool {
    OutputDirectory.isUpToDate(output, quick: quick)
  }

  /// Whether the open data, encoded and written by one of the parts of the page stream, was
  /// written.
  private final class OpenDataBox: @unchecked Sendable {
    private let lock = NSLock()
    private var written: Result<Void, Error> = .success(())

    func set(_ result: Result<Void, Error>) { lock.withLock { written = result } }
    func get() -> Result<Void, Error> { lock.withLock { written } }
  }

  /// Runs `first` and `second` at the same time and returns both results; rethrows the first
  /// one's error before the second's.
  static func concurrently<A: Sendable, B: Sendable>(
    _ first: @Sendable () throws -> A, _ second: @Sendable () throws -> B
  ) throws -> (A, B) {
    let results = parallelMap([0, 1], chunkSize: 1) {
      which -> (Result<A, Error>?, Result<B, Error>?) in
      which == 0 ? (Result { try first() }, nil) : (nil, Result { try second() })
    }
    return (try results[0].0!.get(), try results[1].1!.get())
  }
}
