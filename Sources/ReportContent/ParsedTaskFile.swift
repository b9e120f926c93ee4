import FileBytes
import ReportModel

/// A task file as the reader parsed it: its task (nil when it holds none) and the diagnostics
/// of its reading (the decoder's warning, the front matter's problems), in the form the build's
/// cache keeps it (see ``bytes`` and ``init(bytes:path:)``), so that a file unchanged since the
/// last build is neither read nor parsed again.
///
/// The bytes hold every stored property of ``KeyTask`` (a test fails when the type gains one
/// this layout lacks); a change of the layout changes ``formatVersion``, which is part of the
/// cache's key.
public struct ParsedTaskFile: Sendable, Equatable {
  public var task: KeyTask?
  public var diagnostics: [Diagnostic]

  /// The version of ``bytes``' layout.
  public static let formatVersion: UInt64 = 1

  public init(task: KeyTask?, diagnostics: [Diagnostic]) {
    self.task = task
    self.diagnostics = diagnostics
  }

  /// The file read from its bytes, as the reader reads a task file (see
  /// ``ContentReader/readTask(_:path:)``).
  public init(reading bytes: [UInt8], path: String) {
    let (task, diagnostics) = ContentReader.readTask(bytes, path: path)
    self.init(task: task, diagnostics: diagnostics)
  }
}
