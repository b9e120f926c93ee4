import ReportModel
import TextDecoding

/// The text of a content file (site.yml, round.yml, intro.md, a task file) decoded from its
/// bytes: UTF-8 with or without a byte order mark on the fast path; UTF-16 with a byte order
/// mark or GB18030 (GBK) through ``TextDecoding``, named in a warning. Carriage returns before
/// line feeds are dropped, so that a file saved with CRLF line ends reads as one saved with LF.
struct ContentText {
  var text: String
  /// The warning naming an encoding other than UTF-8; nil for UTF-8.
  var warning: Diagnostic?

  /// The text of `bytes`, the content of the file at `path`, or the error that says why it
  /// cannot be read: a decoding that fails, or that yields replacement or private-use
  /// characters (mojibake), is refused with its line (``ContentFiles/ReadFailure/unreadable(_:)``).
  static func decode(_ bytes: [UInt8], path: String) -> Result<
    ContentText, ContentFiles.ReadFailure
  > {
    if !bytes.starts(with: [0xEF, 0xBB, 0xBF]), !hasSuspiciousUTF8(bytes),
      let text = String(validating: bytes, as: UTF8.self)
    {
      return .success(ContentText(text: withoutCarriageReturns(text), warning: nil))
    }
    switch TextDecoding.decode(bytes) {
    case .success(let decoded):
      var warning: Diagnostic?
      if decoded.encoding != .utf8, decoded.encoding != .utf8WithBOM {
        warning = .warning(
          SourceLocation(path: path), "this file is \(decoded.encoding.rawValue), not UTF-8",
          notes: [
            "it was read as \(decoded.encoding.rawValue); open it in an editor (WPS, Notepad) "
              + "and save it as UTF-8"
          ])
      }
      var text = decoded.text
      if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
      return .success(ContentText(text: withoutCarriageReturns(text), warning: warning))
    case .failure(let failure):
      var column = 0
      if case .suspiciousCharacter(_, _, let at, _) = failure { column = at }
      return .failure(
        .unreadable(
          .error(
            SourceLocation(path: path, line: failure.line, column: column), failure.message,
            notes: [failure.note])))
    }
  }

  /// Whether valid or not, `bytes` hold a UTF-8 sequence of U+FFFD or a private-use character
  /// (U+E000–U+F8FF, planes 15 and 16); the full-width forms (U+FF00…, `EF BC`/`EF BD`) are
  /// not. Such a file goes through ``TextDecoding``, which names the line.
  static func hasSuspiciousUTF8(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { buffer in
      var index = 0
      let count = buffer.count
      while index < count {
        // Eight bytes at a time while none of them is 0xEE or more (a byte b >= 0x80 has
        // (b & 0x7F) + 0x12 >= 0x80 exactly when b >= 0xEE): CJK text is E4-E9 lead bytes.
        if index + 8 <= count {
          let word = UnsafeRawBufferPointer(buffer).loadUnaligned(
            fromByteOffset: index, as: UInt64.self)
          let high: UInt64 = 0x8080_8080_8080_8080
          if word & ((word & ~high) &+ 0x1212_1212_1212_1212) & high == 0 {
            index += 8
            continue
          }
        }
        let byte = buffer[index]
        index += 1
        guard byte >= 0xEE else { continue }
        let next = index < count ? buffer[index] : 0
        switch byte {
        case 0xEE, 0xF4: return true
        case 0xEF:
          if (0x80...0xA3).contains(next) { return true }
          if next == 0xBF, index + 1 < count, buffer[index + 1] == 0xBD { return true }
        case 0xF3:
          if next >= 0xB0 { return true }
        default: continue
        }
      }
      return false
    }
  }

  /// Whether `text` holds a CR, found with `memchr` (a generic search of the UTF-8 view costs
  /// more than the rest of reading a task file).
  private static func hasCarriageReturn(_ text: String) -> Bool {
    text.utf8.withContiguousStorageIfAvailable { bytes in
      UTF8Bytes.index(of: UInt8(ascii: "\r"), in: bytes, from: 0) != nil
    } ?? text.utf8.contains(UInt8(ascii: "\r"))
  }

  /// `text` with every CR that ends a line (before LF) removed; the same string when it has
  /// no carriage return.
  static func withoutCarriageReturns(_ text: String) -> String {
    guard hasCarriageReturn(text) else { return text }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    var pendingReturn = false
    for byte in text.utf8 {
      if pendingReturn, byte != UInt8(ascii: "\n") { bytes.append(UInt8(ascii: "\r")) }
      pendingReturn = byte == UInt8(ascii: "\r")
      if !pendingReturn { bytes.append(byte) }
    }
    if pendingReturn { bytes.append(UInt8(ascii: "\r")) }
    return String(decoding: bytes, as: UTF8.self)
  }
}
