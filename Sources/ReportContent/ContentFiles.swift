import Dispatch
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// File helpers shared by the reader and the writer.
enum ContentFiles {
  /// A file's text, UTF-8, without a byte-order mark. One `open`, `fstat`, `read`, `close`: a
  /// report has thousands of small task files.
  ///
  /// The bytes come from `preloaded` when it holds `path` (files read once already, by the
  /// build's fingerprint), else from the disk.
  static func readText(_ path: String, preloaded: [String: [UInt8]] = [:]) throws -> String {
    guard var text = String(validatingUTF8Bytes: try preloaded[path] ?? readBytes(path)) else {
      throw CocoaError(.fileReadInapplicableStringEncoding)
    }
    if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
    return text
  }

  static func droppingFinalNewline(_ text: String) -> String {
    text.hasSuffix("\n") ? String(text.dropLast()) : text
  }

  private static func readBytes(_ path: String) throws -> [UInt8] {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw CocoaError(.fileReadNoSuchFile, path: path) }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
      throw CocoaError(.fileReadUnknown, path: path)
    }
    var bytes: [UInt8] = []
    var capacity = max(Int(status.st_size), 0) + 1
    while true {
      var failed = false
      var ended = false
      let previous = bytes
      bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
        count = previous.count
        _ = UnsafeMutableBufferPointer(rebasing: buffer[..<count]).initialize(from: previous)
        while count < buffer.count {
          let got = read(descriptor, buffer.baseAddress! + count, buffer.count - count)
          if got < 0, errno == EINTR { continue }
          if got < 0 { failed = true }
          if got <= 0 {
            ended = true
            break
          }
          count += got
        }
      }
      if failed { throw CocoaError(.fileReadUnknown, path: path) }
      if ended { return bytes }
      capacity *= 2
    }
  }
}

extension CocoaError {
  fileprivate init(_ code: CocoaError.Code, path: String) {
    self = CocoaError(code, userInfo: [NSFilePathErrorKey: path])
  }
}

extension String {
  /// The text of `bytes` when they are valid UTF-8.
  fileprivate init?(validatingUTF8Bytes bytes: [UInt8]) {
    guard let text = String(validating: bytes, as: UTF8.self) else { return nil }
    self = text
  }
}
