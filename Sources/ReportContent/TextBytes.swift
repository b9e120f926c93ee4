/// A string and its UTF-8 bytes, so that the text of a part of the bytes is copied from the
/// string, without validating it again.
struct TextBytes {
  let text: String
  let bytes: UnsafeBufferPointer<UInt8>

  /// `body` over `text` and its bytes.
  static func with<Result>(_ text: String, _ body: (TextBytes) -> Result) -> Result {
    var text = text
    text.makeContiguousUTF8()
    let native = text
    return native.utf8.withContiguousStorageIfAvailable { body(TextBytes(text: native, bytes: $0)) }
      ?? Array(native.utf8).withUnsafeBufferPointer { body(TextBytes(text: native, bytes: $0)) }
  }

  /// The text of `part`, a part of ``bytes`` that starts and ends at scalar boundaries.
  func string(_ part: UnsafeBufferPointer<UInt8>) -> String {
    guard let base = bytes.baseAddress, let start = part.baseAddress else { return "" }
    let utf8 = text.utf8
    let lower = utf8.index(utf8.startIndex, offsetBy: base.distance(to: start))
    let upper = utf8.index(lower, offsetBy: part.count)
    return String(Substring(utf8[lower..<upper]))
  }
}
