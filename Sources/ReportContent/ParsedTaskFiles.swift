import FileBytes
import Foundation
import ReportModel
import Synchronization

/// The task files of one read of `Content/` by a build that keeps a cache beside its output:
/// the parses the last build kept for files whose bytes are the same now (``kept``, in the
/// layout of ``ParsedTaskFile/bytes(path:)``) are taken instead of reading and parsing the
/// files; every other task file is parsed from the bytes the build's fingerprint read, and
/// its parse is laid out for the next cache (``made``).
///
/// The build decides which parses may be kept (by the files' identity and digest); a parse
/// that cannot be read back is ignored and the file is read: when in doubt, the file is read.
public final class ParsedTaskFiles: Sendable {
  /// The parses the last build kept, by folder as the layout spells it, then by file name,
  /// of the files whose bytes are the ones they were parsed from.
  let kept: [String: [String: ArraySlice<UInt8>]]

  private struct State {
    var made: [String: [UInt8]] = [:]
    var reused = 0
    var parsed = 0
    var damaged = 0
  }

  private let state = Mutex(State())

  public init(kept: [String: [String: ArraySlice<UInt8>]]) {
    self.kept = kept
  }

  /// The parses made by the reads so far, in the cache's layout, by path: only of files
  /// parsed from bytes the build read before (`preloaded`), whose digest it knows. They are
  /// handed over, not kept: at 10,000 tasks × 4 rounds they take some 25 MB.
  public func takeMade() -> [String: [UInt8]] {
    state.withLock { state in
      defer { state.made = [:] }
      return state.made
    }
  }

  /// How many task files were taken from the kept parses, how many parsed, and how many kept
  /// parses could not be read back.
  public var counts: (reused: Int, parsed: Int, damaged: Int) {
    state.withLock { ($0.reused, $0.parsed, $0.damaged) }
  }

  /// The parses kept of the files in `folder`, by name.
  func kept(inFolder folder: String) -> [String: ArraySlice<UInt8>] {
    kept[folder] ?? [:]
  }

  /// The task file at `path`: `kept`, its kept parse, when there is one, else `read(path)`'s,
  /// laid out for the next cache when `fromPreloaded()` (its bytes are those the build
  /// digested).
  func task(
    at path: String, kept: ArraySlice<UInt8>?, fromPreloaded: () -> Bool,
    read: (String) -> (task: KeyTask?, diagnostics: [Diagnostic])
  ) -> (task: KeyTask?, diagnostics: [Diagnostic]) {
    if let bytes = kept {
      do {
        let parsed = try bytes.withUnsafeBytes { buffer throws(ByteReader.Damaged) in
          try ParsedTaskFile(bytes: buffer, path: path)
        }
        state.withLock { $0.reused += 1 }
        return (parsed.task, parsed.diagnostics)
      } catch {
        // Not a parse this tool wrote: the file is read instead.
        state.withLock { $0.damaged += 1 }
      }
    }
    let result = read(path)
    let bytes =
      fromPreloaded()
      ? ParsedTaskFile(task: result.task, diagnostics: result.diagnostics).bytes(path: path) : nil
    state.withLock { state in
      state.parsed += 1
      if let bytes { state.made[path] = bytes }
    }
    return result
  }
}
