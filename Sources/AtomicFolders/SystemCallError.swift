#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A failed system call: its `errno`, printed as the C library describes it.
public struct SystemCallError: Error, CustomStringConvertible, Sendable, Equatable {
  public let code: Int32

  public init(code: Int32) {
    self.code = code
  }

  /// The error of the call that just failed.
  static var last: SystemCallError { SystemCallError(code: errno) }

  public var description: String { String(cString: strerror(code)) }

  /// Whether the file or a folder on its path does not exist.
  public var isMissing: Bool { code == ENOENT || code == ENOTDIR }

  /// Whether the disk (or the user's quota) is full.
  public var isDiskFull: Bool { code == ENOSPC || code == EDQUOT }
}
