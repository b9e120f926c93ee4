/// One problem found in the user's input, a value that is collected, sorted and printed.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
  /// How serious a problem is.
  public enum Severity: String, Hashable, Sendable, Comparable {
    /// Stops the command: nothing is written.
    case error
    /// Reported; the command goes on.
    case warning

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
      lhs == .error && rhs == .warning
    }
  }

  public var severity: Severity
  public var location: SourceLocation
  public var message: String
  /// Lines that say how to fix the problem.
  public var notes: [String]

  public init(
    _ severity: Severity, _ location: SourceLocation, _ message: String, notes: [String] = []
  ) {
    self.severity = severity
    self.location = location
    self.message = message
    self.notes = notes
  }

  public static func error(
    _ location: SourceLocation, _ message: String, notes: [String] = []
  ) -> Diagnostic {
    Diagnostic(.error, location, message, notes: notes)
  }

  public static func warning(
    _ location: SourceLocation, _ message: String, notes: [String] = []
  ) -> Diagnostic {
    Diagnostic(.warning, location, message, notes: notes)
  }

  /// `path:line:column: error: message`, then one `note:` per note; control and other
  /// invisible characters in them are shown escaped (see ``visible(_:)``), except the line
  /// breaks of a note, which may hold a block to paste (a `units:` entry for site.yml).
  public var description: String {
    var lines = [
      "\(Self.visible(location.description)): \(severity.rawValue): \(Self.visible(message))"
    ]
    for note in notes {
      let visibleLines = note.split(separator: "\n", omittingEmptySubsequences: false)
        .map { Self.visible(String($0)) }
      lines.append("note: " + visibleLines.joined(separator: "\n"))
    }
    return lines.joined(separator: "\n")
  }
}

extension Array where Element == Diagnostic {
  /// Whether any diagnostic is an error.
  public var hasErrors: Bool { contains { $0.severity == .error } }

  /// Sorted by file, line and column, errors first at the same place.
  public func sortedForDisplay() -> [Diagnostic] {
    sorted {
      ($0.location, $0.severity, $0.message) < ($1.location, $1.severity, $1.message)
    }
  }
}

/// Thrown when input has errors; carries every diagnostic found, warnings included.
public struct DiagnosticsError: Error, Sendable, CustomStringConvertible {
  public var diagnostics: [Diagnostic]

  public init(_ diagnostics: [Diagnostic]) {
    self.diagnostics = diagnostics
  }

  public var description: String {
    diagnostics.sortedForDisplay().map(\.description).joined(separator: "\n")
  }
}
