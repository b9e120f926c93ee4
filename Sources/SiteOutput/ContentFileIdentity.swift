#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// What identifies a file's bytes without reading them, as git's index keeps it: device,
/// inode, size, and the modification and status-change times to the nanosecond. No program
/// can set the status-change time, so a file replaced with `cp -p` or dated back with
/// `touch -d` has another identity even when its size and modification time are the same.
public struct ContentFileIdentity: Sendable, Equatable {
  public var device: UInt64
  public var inode: UInt64
  public var size: Int
  public var modified: FileTimestamp
  public var changed: FileTimestamp

  public init(
    device: UInt64, inode: UInt64, size: Int, modified: FileTimestamp, changed: FileTimestamp
  ) {
    self.device = device
    self.inode = inode
    self.size = size
    self.modified = modified
    self.changed = changed
  }

  init(_ status: stat) {
    device = UInt64(status.st_dev)
    inode = UInt64(status.st_ino)
    size = Int(status.st_size)
    #if canImport(Darwin)
      modified = FileTimestamp(status.st_mtimespec)
      changed = FileTimestamp(status.st_ctimespec)
    #else
      modified = FileTimestamp(status.st_mtim)
      changed = FileTimestamp(status.st_ctim)
    #endif
  }

  /// Whether either time is at `moment` or later: a file written again within one tick of the
  /// file system's clock after such a time may keep this identity with other bytes.
  func isRecent(since moment: FileTimestamp) -> Bool {
    modified >= moment || changed >= moment
  }
}

/// A time in seconds and nanoseconds since 1970, as the file system gives it.
public struct FileTimestamp: Sendable, Equatable, Comparable {
  public var seconds: Int
  public var nanoseconds: Int

  public init(seconds: Int, nanoseconds: Int) {
    self.seconds = seconds
    self.nanoseconds = nanoseconds
  }

  init(_ time: timespec) {
    seconds = Int(time.tv_sec)
    nanoseconds = Int(time.tv_nsec)
  }

  /// Now, by the system's real-time clock.
  public static func now() -> FileTimestamp {
    var time = timespec()
    clock_gettime(CLOCK_REALTIME, &time)
    return FileTimestamp(time)
  }

  /// This time moved by `seconds` (negative: earlier).
  public func adding(seconds delta: Double) -> FileTimestamp {
    let total = Double(seconds) + Double(nanoseconds) / 1e9 + delta
    let whole = total.rounded(.down)
    return FileTimestamp(
      seconds: Int(whole), nanoseconds: min(999_999_999, Int((total - whole) * 1e9)))
  }

  public static func < (lhs: FileTimestamp, rhs: FileTimestamp) -> Bool {
    (lhs.seconds, lhs.nanoseconds) < (rhs.seconds, rhs.nanoseconds)
  }
}
