import ReportModel

/// A problem with the `Content/` folder itself rather than with what it says.
public struct ContentError: Error, CustomStringConvertible, Sendable {
  /// The file or folder concerned, as the user sees it.
  public var path: String
  public var reason: String
  /// How to fix it.
  public var note: String?

  public init(path: String, reason: String, note: String? = nil) {
    self.path = path
    self.reason = reason
    self.note = note
  }

  public var description: String {
    Diagnostic.visible("\(path): error: \(reason)")
      + (note.map { "\nnote: \(Diagnostic.visible($0))" } ?? "")
  }
}
