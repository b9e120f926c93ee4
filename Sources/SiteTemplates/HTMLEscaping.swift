/// The one HTML escaper: `& < > " '` become `&amp; &lt; &gt; &quot; &#39;`, byte by byte, so a
/// `"` followed by a combining mark is escaped too.
public enum HTMLEscaping {
  /// Appends `text`, escaped or as it is.
  @inline(__always)
  public static func append(_ text: String, escaped: Bool, to output: inout [UInt8]) {
    // Native strings lend their bytes without a copy of the string.
    let done: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
      if escaped {
        append(bytes, to: &output)
      } else {
        output.append(contentsOf: bytes)
      }
    }
    guard done == nil else { return }
    var text = text
    text.withUTF8 { bytes in
      if escaped {
        append(bytes, to: &output)
      } else {
        output.append(contentsOf: bytes)
      }
    }
  }

  /// The escaped text as a string.
  public static func escaped(_ text: String) -> String {
    var output: [UInt8] = []
    append(text, escaped: true, to: &output)
    return String(decoding: output, as: UTF8.self)
  }

  /// Appends the UTF-8 text `bytes`, escaped.
  ///
  /// The five characters to escape are `"&'` (0x22…0x27) and `<>` (0x3C…0x3E); eight bytes at a
  /// time are skipped while none of them is in either range (SWAR "has a byte between").
  public static func append(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
    EscapingScan.append(
      bytes, to: &output, mayNeedEscaping: mayHoldEscapable,
      needsEscaping: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 },
      escape: { byte, output in
        let replacement: StaticString
        switch byte {
        case UInt8(ascii: "&"): replacement = "&amp;"
        case UInt8(ascii: "<"): replacement = "&lt;"
        case UInt8(ascii: ">"): replacement = "&gt;"
        case UInt8(ascii: "\""): replacement = "&quot;"
        default: replacement = "&#39;"
        }
        output.append(
          contentsOf: UnsafeBufferPointer(
            start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
      })
  }

  /// Whether one of the eight bytes of `word` is in 0x22…0x27 or 0x3C…0x3E; false only when
  /// none is.
  @inline(__always)
  private static func mayHoldEscapable(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let low = word & (ones &* 127)
    func between(_ above: UInt64, _ below: UInt64) -> UInt64 {
      ((ones &* (127 + below)) &- low) & ~word & (low &+ ones &* (127 - above)) & (ones &* 128)
    }
    return between(0x21, 0x28) | between(0x3B, 0x3F) != 0
  }
}
