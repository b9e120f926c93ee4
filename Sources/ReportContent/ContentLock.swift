import AtomicFolders
import Foundation

/// One import at a time per content folder, and no build reading it while an import writes:
/// an advisory lock (`flock(2)`) on the file `.<name>.lock` beside it (`.Content.lock` for
/// `Content/`). An import holds it exclusively from before it reads `site.yml` until its round
/// is in place; a build holds it shared while it reads the content. A killed process's lock
/// goes with it. The lock file stays beside the content folder.
public final class ContentLock {
  /// What the holder does with the content folder.
  public enum Mode: Sendable {
    /// Imports: one holder, and no reader meanwhile.
    case write
    /// Builds and checks: any number of readers, and no writer meanwhile.
    case read
  }

  public let mode: Mode
  private let lock: FolderLock

  /// The lock file of the content folder `root`.
  public static func file(for layout: ContentLayout) -> String {
    let root = URL(fileURLWithPath: layout.root).standardizedFileURL
    let file = root.deletingLastPathComponent().appendingPathComponent(
      ".\(root.lastPathComponent).lock")
    return layout.root.contains("/") ? file.path : file.lastPathComponent
  }

  /// Takes the lock of `layout`'s folder. When another process holds it, calls `waiting` once
  /// (with that process's id, when it wrote one) and waits, or throws when `wait` is false.
  /// For `.write`, the folders the content folder goes in are made when missing; a `.read` lock
  /// on a folder where no lock file can be made (read-only) is not needed and not taken.
  public init(
    layout: ContentLayout, mode: Mode, wait: Bool, waiting: (_ holder: Int32?) -> Void = { _ in }
  ) throws(ContentError) {
    self.mode = mode
    let file = Self.file(for: layout)
    if mode == .write {
      let parent = URL(fileURLWithPath: file).deletingLastPathComponent()
      do {
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
      } catch {
        throw ContentError(path: parent.path, reason: "cannot create the folder")
      }
    }
    do {
      lock = try FolderLock(
        file: file, mode: mode == .write ? .exclusive : .shared, wait: wait, waiting: waiting)
    } catch {
      switch error {
      case .busy(let holder):
        throw ContentError(
          path: layout.root,
          reason: "another import\(holder.map { " (pid \($0))" } ?? "") is writing this "
            + "folder (it holds \(file))",
          note: "import again when it has finished, or leave out --no-wait to wait for it")
      case .system(let failure):
        throw ContentError(path: file, reason: "cannot lock: \(failure)")
      }
    }
  }

  /// Lets the next process in; also done when the value goes away or the process ends.
  public func release() {
    lock.release()
  }
}
