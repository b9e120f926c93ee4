import Dispatch
import FileBytes
import Foundation
import ReportModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// File helpers shared by the reader and the writer.
enum ContentFiles {
  /// Why a content file gave no text.
  enum ReadFailure: Error {
    /// There is no file at the path.
    case missing
    /// The file exists but cannot be read, or its bytes are not text: the diagnostic says why.
    case unreadable(Diagnostic)
  }

  /// A file's text, decoded by ``ContentText/decode(_:path:)``. One `open`, `fstat`, `read`,
  /// `close`: a report has thousands of small task files.
  ///
  /// The bytes come from `preloaded` when it holds `path` (files read once already, by the
  /// build's fingerprint), else from the disk.
  static func readText(_ path: String, preloaded: [String: [UInt8]] = [:]) -> Result<
    ContentText, ReadFailure
  > {
    let bytes: [UInt8]
    if let found = preloaded[path] {
      bytes = found
    } else {
      switch readBytes(path) {
      case .success(let read): bytes = read
      case .failure(let failure): return .failure(failure)
      }
    }
    return ContentText.decode(bytes, path: path)
  }

  static func droppingFinalNewline(_ text: String) -> String {
    text.hasSuffix("\n") ? String(text.dropLast()) : text
  }

  private static func readBytes(_ path: String) -> Result<[UInt8], ReadFailure> {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      let code = errno
      if code == ENOENT { return .failure(.missing) }
      return .failure(.unreadable(cannotRead(path, String(cString: strerror(code)))))
    }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
      return .failure(.unreadable(cannotRead(path, "not a regular file")))
    }
    guard
      let bytes = FileBytes.readToEnd(
        descriptor, sizeHint: Int(status.st_size), isRegularFile: true)
    else {
      return .failure(.unreadable(cannotRead(path, String(cString: strerror(errno)))))
    }
    return .success(bytes)
  }

  private static func cannotRead(_ path: String, _ reason: String) -> Diagnostic {
    .error(
      SourceLocation(path: path), "cannot read this file: \(reason)",
      notes: ["check that it is a file you may read"])
  }
}
