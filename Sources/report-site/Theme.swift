import ArgumentParser
import BuiltInTheme
import Foundation
import ReportSite

extension ReportSiteCommand {
  struct Theme: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List the theme's files, or write the built-in theme out for editing.",
      discussion: """
        A file in the site's Templates/ replaces the built-in file of the same name; the other
        built-in files stay. Example:
          report-site theme --copy          # writes the built-in theme into Templates/
          report-site theme                 # which files come from Templates/
          report-site theme --keys          # the keys each page template may use
        """)

    @Flag(help: "Write the built-in theme into the folder (default: Templates).")
    var copy = false

    @Flag(help: "List, for each page template, the keys it may use and what they hold.")
    var keys = false

    @Argument(help: "The folder --copy writes into.")
    var folder: String = ThemeOptions.defaultFolder

    @OptionGroup var theme: ThemeOptions

    func run() throws {
      if keys { return standardOutput(ThemeKeys.listing()) }
      guard copy else { return try list() }
      try EmptyFolder.require(folder, for: "theme --copy")
      let files = BuiltInTheme.files
      for path in files.keys.sorted() {
        let url = URL(fileURLWithPath: folder).appendingPathComponent(path)
        try FileManager.default.createDirectory(
          at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try files[path]!.write(to: url, options: .atomic)
      }
      standardOutput(
        "wrote the built-in theme (\(files.count) files) into \(folder)/; "
          + "edit any file there, and delete the ones you keep as they are\n")
    }

    /// Each file of the theme the build uses, and where it comes from.
    private func list() throws {
      let source = try theme.source()
      let files: [String]
      do { files = try source.files() } catch { throw ValidationError(error.description) }
      for file in files { standardOutput(source.displayPath(of: file) + "\n") }
    }
  }
}
