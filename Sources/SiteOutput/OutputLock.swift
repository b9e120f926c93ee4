import AtomicFolders
import Foundation

/// One build at a time per output folder: an advisory lock (`flock(2)`) on the file
/// `.<name>.lock` beside it (`.Output.lock` for `Output/`, `.site.lock` for `--output site`).
///
/// A build takes it before it compares the output with its inputs and keeps it until the new
/// site is in place, so that a file judged unchanged is linked from the very site it was
/// compared with, never from one another build put in place meanwhile. A killed build's lock
/// goes with its process. The lock file stays beside the output.
public final class OutputLock {
  public let output: URL
  private let lock: FolderLock

  /// The lock file of the output folder `output`.
  public static func file(for output: URL) -> URL {
    let output = output.standardizedFileURL
    return output.deletingLastPathComponent().appendingPathComponent(
      ".\(output.lastPathComponent).lock")
  }

  /// Takes the lock of `output`, making the folders it goes in when they are missing. When
  /// another build holds it, calls `waiting` once (with that build's process id, when known)
  /// and waits for it; or, when `wait` is false, throws ``SiteBuildError/outputBusy(output:lockFile:holder:)``.
  public init(output: URL, wait: Bool, waiting: (_ holder: Int32?) -> Void = { _ in })
    throws(SiteBuildError)
  {
    self.output = output
    let file = Self.file(for: output)
    let parent = file.deletingLastPathComponent()
    do {
      try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
    } catch {
      throw .io(step: "create", path: parent.relativePath, reason: error.localizedDescription)
    }
    do {
      lock = try FolderLock(file: file.path, mode: .exclusive, wait: wait, waiting: waiting)
    } catch {
      switch error {
      case .busy(let holder):
        throw .outputBusy(output: output.relativePath, lockFile: file.relativePath, holder: holder)
      case .system(let failure):
        throw .io(step: "lock", path: file.relativePath, reason: failure.description)
      }
    }
  }

  /// Removes what killed builds left beside the output (see
  /// ``OutputDirectory/removeLeftovers(beside:)``); returns the folders removed.
  @discardableResult
  public func removeLeftovers() throws(SiteBuildError) -> [String] {
    try OutputDirectory.removeLeftovers(beside: output)
  }

  /// Lets the next build in; also done when the value goes away or the process ends.
  public func release() {
    lock.release()
  }
}
