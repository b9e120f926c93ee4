import Dispatch
import FileBytes
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
    guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
      let bytes = FileBytes.readToEnd(descriptor, sizeHint: Int(status.st_size))
    else { throw CocoaError(.fileReadUnknown, path: path) }
    return bytes
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
