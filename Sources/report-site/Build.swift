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
        made it. Example:
          report-site build --output /var/www/gzbg
        """)

    @OptionGroup var options: ContentOptions

    @Option(help: "The theme: Mustache templates and assets.")
    var templates: String = "Templates"

    @Option(help: "Where the site is written.")
    var output: String = "Output"

    @Flag(help: "Print each step.")
    var verbose = false

    func run() throws {
      let start = Date()
      // With --verbose, each step is printed with the time it starts at.
      let log = { (line: String) in
        guard verbose else { return }
        standardError(String(format: "%6.2f s  ", Date().timeIntervalSince(start)) + line + "\n")
      }
      let templatesURL = URL(fileURLWithPath: templates)
      let outputURL = URL(fileURLWithPath: output)
      // Same inputs as the build that wrote the output, and the output as it wrote it: done.
      // The fingerprint reads every content file; the reader parses those same bytes.
      // First by the content files' names, sizes and times; then by their bytes, so that a
      // file touched but not changed still counts as unchanged.
      log("fingerprint \(options.content) and \(templates)")
      if SiteBuilder.hasBuilt(output: outputURL),
        let quick = try? BuildFingerprint.quick(
          content: options.layout.root, templates: templatesURL, settings: []),
        SiteBuilder.isUpToDate(output: outputURL, quick: quick)
      {
        standardOutput("\(output) is up to date\n")
        return
      }
      var fingerprinted = try? BuildFingerprint.withContent(
        content: options.layout.root, templates: templatesURL, settings: [])
      let fingerprint = fingerprinted?.fingerprint
      let quick = fingerprinted?.quick
      if let fingerprint, SiteBuilder.isUpToDate(output: outputURL, fingerprint: fingerprint) {
        standardOutput("\(output) is up to date\n")
        return
      }
      let progress = BuildProgressLine()
      log("read \(options.content)")
      let preloaded = fingerprinted?.content.byPath() ?? [:]
      fingerprinted = nil
      let (report, diagnostics) = ContentReader(layout: options.layout, preloaded: preloaded)
        .read()
      // The bytes are parsed: free them, on another thread, while the pages are made.
      BackgroundRelease.release(consume preloaded)
      DiagnosticPrinter.print(diagnostics)
      guard let report else {
        standardError("the site was not built; \(output) is unchanged\n")
        throw ExitCode(1)
      }
      let builder = SiteBuilder(
        report: consume report,
        options: SiteBuildOptions(
          templates: templatesURL, output: outputURL, verbose: verbose,
          // Only a build without warnings may be skipped next time: a skipped build prints
          // nothing, and warnings must not go unseen.
          fingerprint: diagnostics.isEmpty ? fingerprint : nil, quickFingerprint: quick))
      do {
        let summary = try {
          defer { progress.finish() }
          return try builder.build(log: log, progress: progress.update)
        }()
        BackgroundRelease.release(consume builder)
        let seconds = Date().timeIntervalSince(start)
        standardOutput(
          "\(output): \(summary.pagesWritten) pages, \(summary.filesWritten) files in "
            + String(format: "%.2f s", seconds) + "\n")
      } catch let error as SiteBuildError {
        standardError(error.description + "\nthe site was not built; \(output) is unchanged\n")
        throw ExitCode(1)
      }
    }
  }
}
