import ArgumentParser
import ReportModel

/// `--strict`: every warning counts as an error.
struct StrictOption: ParsableArguments {
  @Flag(help: "Treat every warning (an unknown key in site.yml, an unknown unit …) as an error.")
  var strict = false

  /// `diagnostics` with warnings made errors under `--strict`; as they are otherwise.
  func apply(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
    guard strict else { return diagnostics }
    return diagnostics.map { diagnostic in
      guard diagnostic.severity == .warning else { return diagnostic }
      var promoted = diagnostic
      promoted.severity = .error
      promoted.notes.append("an error because of --strict")
      return promoted
    }
  }
}
