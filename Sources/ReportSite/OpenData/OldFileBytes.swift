import Foundation

/// The bytes of an old site's file of open data that a rebuild copies rows from (see
/// ``OldOpenDataRows``): read whole when its rows had to be found in it, or, when the last
/// build's record says where its rows are, read only in the ranges the rebuild compares
/// (the rows it makes again, the bytes around the rows), never whole.
struct OldFileBytes: Sendable {
  /// The file's size.
  let count: Int
  private let whole: [UInt8]?
  private let path: String

  /// The file at `path`, of `bytes`.
  init(path: String, bytes: [UInt8]) {
    count = bytes.count
    whole = bytes
    self.path = path
  }

  /// The file at `path`, of `count` bytes, read when asked.
  init(path: String, count: Int) {
    self.count = count
    whole = nil
    self.path = path
  }

  /// The bytes of `range`; nil when they cannot be read (the file changed or went away).
  func bytes(_ range: Range<Int>) -> [UInt8]? {
    guard range.lowerBound >= 0, range.upperBound <= count else { return nil }
    if let whole { return Array(whole[range]) }
    guard !range.isEmpty else { return [] }
    let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var bytes = [UInt8](repeating: 0, count: range.count)
    var done = 0
    while done < range.count {
      let read = bytes.withUnsafeMutableBytes { buffer in
        pread(
          descriptor, buffer.baseAddress! + done, range.count - done,
          off_t(range.lowerBound + done))
      }
      if read < 0, errno == EINTR { continue }
      guard read > 0 else { return nil }
      done += read
    }
    return bytes
  }
}
