import Foundation
import ReportMarkdown
import ReportModel

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
    "sitemap", "trend", "history", "changes", "rounds", "feed",
  ]

  public init(report: Report, options: SiteBuildOptions) {
    self.report = report
    self.options = options
  }

  /// Builds the site; returns what was written.
  public func build(log: (String) -> Void = { _ in }) throws -> SiteBuildSummary {
    let clock = ContinuousClock()
    let start = clock.now
    var step = 0
    let stepCount = 7
    func begin(_ name: String) {
      step += 1
      if options.verbose { log("[\(step)/\(stepCount)] \(name)") }
    }

    begin("load templates from \(options.templates.relativePath)")
    let templates = try TemplateLibrary(
      directory: options.templates, required: Self.requiredTemplates)
    begin("index the rounds and render Markdown")
    let context = try SiteContext(report: report, renderer: MarkdownRenderer())
    let jobs = context.factories().flatMap { $0.jobs() }

    begin("prepare \(options.output.relativePath)")
    let output = OutputDirectory(options.output)
    try output.prepare()
    do {
      begin("render \(jobs.count) pages and badges")
      try PageWriter(templates: templates, output: output).write(jobs)
      begin("write open data and assets")
      try output.write(try OpenData(context).encoded(), to: SitePaths.data)
      try output.write(Data(TasksCSV.text(context).utf8), to: SitePaths.csv)
      let assetsFolder = options.templates.appendingPathComponent("assets")
      let assets = try AssetCopier.files(in: assetsFolder)
      for asset in assets {
        let data = try Data(contentsOf: assetsFolder.appendingPathComponent(asset))
        try output.write(data, to: "assets/" + asset)
      }
      begin("replace \(options.output.relativePath)")
      try output.commit()
      let seconds = (clock.now - start) / .seconds(1)
      return SiteBuildSummary(
        pagesWritten: jobs.count { $0.isPage }, filesWritten: jobs.count + assets.count + 3,
        seconds: seconds)
    } catch let error as SiteBuildError {
      output.abandon()
      throw error
    } catch {
      output.abandon()
      throw SiteBuildError.io(
        step: "build", path: options.output.relativePath, reason: error.localizedDescription)
    }
  }
}
