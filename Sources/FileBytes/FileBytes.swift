#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reading whole files with as few system calls as the kernel allows, for the content reader
/// and the build's fingerprint: a report has tens of thousands of small files.
public enum FileBytes {
  /// The bytes read from `descriptor` up to its end, into a buffer of `sizeHint` + 1 bytes
  /// first (so that a file of the size `fstat` gave is read with one `read`), grown as needed;
  /// nil on a read error.
  ///
  /// For a regular file (`isRegularFile`), a `read` that gives fewer bytes than it was asked
  /// for has reached the end of the file (Linux and macOS cut a read of a regular file short
  /// only there, or for a signal that kills the process), so that the usual file takes one
  /// `read` instead of two; for anything else the end is the `read` that gives none.
  public static func readToEnd(_ descriptor: Int32, sizeHint: Int, isRegularFile: Bool = false)
    -> [UInt8]?
  {
    var bytes: [UInt8] = []
    var capacity = max(sizeHint, 0) + 1
    while true {
      var failed = false
      var ended = false
      let previous = bytes
      bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
        count = previous.count
        _ = UnsafeMutableBufferPointer(rebasing: buffer[..<count]).initialize(from: previous)
        while count < buffer.count {
          let asked = buffer.count - count
          let got = read(descriptor, buffer.baseAddress! + count, asked)
          if got < 0, errno == EINTR { continue }
          if got < 0 {
            failed = true
            break
          }
          count += got
          if got == 0 || (isRegularFile && got < asked) {
            ended = true
            break
          }
        }
      }
      if failed { return nil }
      if ended { return bytes }
      capacity *= 2
    }
  }
}
