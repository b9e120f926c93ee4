#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// An advisory lock, `flock(2)`, on a lock file: held from ``init(file:mode:wait:waiting:)``
/// until ``release()`` or the end of the process (a killed process releases it too, so a lock
/// is never left behind). The lock file itself stays; it is never removed, since a process
/// waiting on a removed file would lock a file nobody else sees.
///
/// An exclusive holder writes its process id into the file, so that a process that waits can
/// say whom it waits for; the file is emptied again at ``release()``.
public final class FolderLock {
  /// Whether other holders are allowed at the same time.
  public enum Mode: Sendable {
    /// One holder, and no shared holder: a writer.
    case exclusive
    /// Any number of shared holders, and no exclusive one: readers.
    case shared
  }

  /// Why the lock was not taken.
  public enum Failure: Error, Sendable {
    /// Another process holds the lock and the caller would not wait. `holder` is its process id
    /// when it wrote one.
    case busy(holder: Int32?)
    /// The lock file could not be opened or locked.
    case system(SystemCallError)
  }

  /// The lock file's descriptor; -1 once released, or when a shared lock needed no file.
  private var descriptor: Int32
  public let mode: Mode

  /// Takes the lock on `file`, creating the file when missing (its folder must exist). When
  /// another process holds it, calls `waiting` once with that process's id (if known) and waits
  /// for it, or throws ``Failure/busy(holder:)`` when `wait` is false.
  ///
  /// A shared lock on a file that cannot be created (a read-only folder) is not taken: nobody
  /// can write beside that file either.
  public init(
    file: String, mode: Mode, wait: Bool, waiting: (_ holder: Int32?) -> Void = { _ in }
  ) throws(Failure) {
    self.mode = mode
    var opened = open(file, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o666)
    if opened < 0, errno == EACCES || errno == EROFS || errno == EISDIR {
      opened = open(file, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
    }
    if opened < 0 {
      let error = SystemCallError.last
      if mode == .shared, error.code == EACCES || error.code == EROFS || error.isMissing {
        descriptor = -1
        return
      }
      throw .system(error)
    }
    descriptor = opened
    let operation = mode == .exclusive ? LOCK_EX : LOCK_SH
    if Self.lock(opened, operation | LOCK_NB) != 0 {
      let error = SystemCallError.last
      guard error.code == EWOULDBLOCK else {
        close(opened)
        throw .system(error)
      }
      let holder = Self.holder(opened)
      guard wait else {
        close(opened)
        throw .busy(holder: holder)
      }
      waiting(holder)
      guard Self.lock(opened, operation) == 0 else {
        let error = SystemCallError.last
        close(opened)
        throw .system(error)
      }
    }
    if mode == .exclusive { writeHolder() }
  }

  deinit { release() }

  /// Lets the next process in; the lock file stays.
  public func release() {
    guard descriptor >= 0 else { return }
    // Emptied while still held, so that a waiting process never reads a finished holder's id.
    if mode == .exclusive { _ = ftruncate(descriptor, 0) }
    close(descriptor)
    descriptor = -1
  }

  /// `flock`, retried when a signal interrupts it.
  private static func lock(_ descriptor: Int32, _ operation: Int32) -> Int32 {
    while true {
      let result = flock(descriptor, operation)
      if result == 0 || errno != EINTR { return result }
    }
  }

  /// This process's id, as the file's only line; a file that cannot be written (opened
  /// read-only) keeps the lock without it.
  private func writeHolder() {
    let line = Array("\(getpid())\n".utf8)
    guard ftruncate(descriptor, 0) == 0 else { return }
    _ = line.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
  }

  /// The process id the holder wrote, if any.
  private static func holder(_ descriptor: Int32) -> Int32? {
    var buffer = [UInt8](repeating: 0, count: 16)
    let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
    guard count > 0 else { return nil }
    let text = String(decoding: buffer[..<count], as: UTF8.self)
    return Int32(text.split(separator: "\n").first ?? "")
  }
}
