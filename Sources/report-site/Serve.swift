import ArgumentParser
import Dispatch
import Foundation
import ReportServe

extension ReportSiteCommand {
  struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Preview the site on this computer, rebuilt and reloaded after every edit.",
      discussion: """
        Builds into a private temporary folder (never Output/), serves it on 127.0.0.1, and
        watches Content/ (site.yml included) and Templates/. Each save rebuilds the site and
        reloads the open pages; a failed build shows its problems in the page while the last
        good site stays served. Nothing of the preview is ever in a site written by `build`.
        Example:
          report-site serve --port 8080 --base-path /gzbg/
        """)

    @OptionGroup var options: ContentOptions
    @OptionGroup var theme: ThemeOptions

    @Option(help: "The port on 127.0.0.1 (0: any free port).")
    var port: UInt16 = 8080

    @Option(help: "The path the site is served under, as on the real server, e.g. /gzbg/.")
    var basePath: String = "/"

    @Flag(help: "Print each rebuild's steps, with the time each starts at.")
    var verbose = false

    func run() async throws {
      let theme = self.theme
      _ = try theme.source()
      var serverOptions = PreviewServer.Options(
        content: options.layout, themeFolder: theme.folder, theme: { try theme.source() },
        port: port, basePath: basePath, log: { standardOutput($0 + "\n") })
      serverOptions.verbose = verbose
      let server = PreviewServer(options: serverOptions)
      let stops = StopSignals(removing: server.privateFolder)
      do {
        try await server.run()
      } catch let error as PreviewServerError {
        stops.cleanUp()
        standardError("error: \(error.description)\n")
        throw ExitCode(1)
      }
      stops.cleanUp()
    }
  }
}
