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

  /// The parses made, by path (few after an edit, every task file at a first build).
  private let made = Mutex<[String: [UInt8]]>([:])
  // Counted without a lock: 40,000 files are taken on every core.
  private let reused = Atomic<Int>(0)
  private let parsed = Atomic<Int>(0)
  private let damaged = Atomic<Int>(0)

  public init(kept: [String: [String: ArraySlice<UInt8>]]) {
    self.kept = kept
  }

  /// The parses made by the reads so far, in the cache's layout, by path: only of files
  /// parsed from bytes the build read before (`preloaded`), whose digest it knows. They are
  /// handed over, not kept: at 10,000 tasks × 4 rounds they take some 25 MB.
  public func takeMade() -> [String: [UInt8]] {
    made.withLock { made in
      defer { made = [:] }
      return made
    }
  }

  /// How many task files were taken from the kept parses, how many parsed, and how many kept
  /// parses could not be read back.
  public var counts: (reused: Int, parsed: Int, damaged: Int) {
    (
      reused.load(ordering: .relaxed), parsed.load(ordering: .relaxed),
      damaged.load(ordering: .relaxed)
    )
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
        let file = try bytes.withUnsafeBytes { buffer throws(ByteReader.Damaged) in
          try ParsedTaskFile(bytes: buffer, path: path)
        }
        reused.add(1, ordering: .relaxed)
        return (file.task, file.diagnostics)
      } catch {
        // Not a parse this tool wrote: the file is read instead.
        damaged.add(1, ordering: .relaxed)
      }
    }
    let result = read(path)
    let bytes =
      fromPreloaded()
      ? ParsedTaskFile(task: result.task, diagnostics: result.diagnostics).bytes(path: path) : nil
    parsed.add(1, ordering: .relaxed)
    if let bytes { made.withLock { $0[path] = bytes } }
    return result
  }
}
