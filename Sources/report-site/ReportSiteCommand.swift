import ArgumentParser
import AtomicFolders
import Foundation
import ReportContent
import ReportModel

@main
struct ReportSiteCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report-site",
    abstract: "Turns 政府工作报告 supervision results into a static public website.",
    discussion: """
      Typical use after an inspection round:
        report-site import 督查报告.txt     # add the round to Content/
        report-site check                 # find mistakes in Content/
        report-site build                 # write the site into Output/
      """,
    version: "report-site " + ReportSiteVersion.current,
    subcommands: [
      Init.self, Import.self, Export.self, Check.self, Build.self, Serve.self, Theme.self,
      Migrate.self,
    ]
  )

  /// Sets the allocator up (see ``MemoryRelease/preferLargePages(reserve:)``) before the
  /// command runs and starts its threads, then parses and runs the command.
  static func main() async {
    MemoryRelease.preferLargePages()
    do {
      var command = try parseAsRoot()
      if var command = command as? AsyncParsableCommand {
        try await command.run()
      } else {
        try command.run()
      }
    } catch {
      exit(withError: error)
    }
  }
}

/// The `--content` option every subcommand shares.
struct ContentOptions: ParsableArguments {
  @Option(name: .long, help: "The content folder.")
  var content: String = "Content"

  var layout: ContentLayout { ContentLayout(root: content) }
}

/// Prints diagnostics to standard error, sorted, with a count line.
enum DiagnosticPrinter {
  static func print(_ diagnostics: [Diagnostic]) {
    guard !diagnostics.isEmpty else { return }
    standardError(text(diagnostics))
  }

  /// What ``print(_:)`` prints.
  static func text(_ diagnostics: [Diagnostic]) -> String {
    var text = diagnostics.sortedForDisplay().map(\.description).joined(separator: "\n")
    let errors = diagnostics.filter { $0.severity == .error }.count
    let warnings = diagnostics.count - errors
    text +=
      "\n\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")\n"
    return text
  }
}

func standardError(_ text: String) {
  FileHandle.standardError.write(Data(text.utf8))
}

func standardOutput(_ text: String) {
  FileHandle.standardOutput.write(Data(text.utf8))
}

/// The CPU time the process has used so far, all threads, user and system, in seconds.
func processCPUTime() -> Double {
  var time = timespec()
  guard clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time) == 0 else { return 0 }
  return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}
