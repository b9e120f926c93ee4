extension String {
  /// The text with full-width ASCII forms (：，（）；。 are not ASCII and stay, except the ASCII
  /// look-alikes U+FF01…U+FF5E and the ideographic space) folded to their half-width forms, so
  /// that `推进中，计划年底前完成` and `推进中,计划年底前完成` compare equal.
  ///
  /// Works on UTF-8 bytes; text with nothing to fold is returned as it is, without a copy.
  public var widthFolded: String {
    withUTF8Bytes { bytes in
      WidthFolding.containsFoldable(bytes) ? WidthFolding.folded(bytes) : nil
    } ?? self
  }

  /// Trimmed of spaces, tabs and ideographic spaces at both ends: of the characters (grapheme
  /// clusters) that are one of these alone, so a space that carries a combining mark stays.
  ///
  /// Works on UTF-8 bytes; text with nothing to trim is returned as it is, without a copy.
  public var trimmedSpace: String {
    let trimmed = withUTF8Bytes { bytes -> String?? in
      switch WidthFolding.trimmedBounds(bytes) {
      case .unchanged: return .some(nil)
      case .range(let range):
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
      case .unsure: return nil
      }
    }
    switch trimmed {
    case .some(.some(let text)): return text
    case .some(.none): return self
    case .none: return characterTrimmedSpace
    }
  }

  /// ``trimmedSpace`` by characters, for text whose ends the byte scan cannot judge.
  var characterTrimmedSpace: String {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{3000}" }
    guard let start = firstIndex(where: { !isSpace($0) }),
      let end = lastIndex(where: { !isSpace($0) })
    else { return "" }
    return String(self[start...end])
  }

  /// `body` over the text's UTF-8 bytes, in place when they are contiguous (always, for a
  /// native string), else over a contiguous copy.
  func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
    var copy = self
    copy.makeContiguousUTF8()
    return copy.utf8.withContiguousStorageIfAvailable(body)
      ?? Array(utf8).withUnsafeBufferPointer(body)
  }
}

/// The byte-level work behind ``Swift/String/widthFolded`` and ``Swift/String/trimmedSpace``,
/// on valid UTF-8.
enum WidthFolding {
  /// What trimming leaves of a text.
  enum Trim: Equatable {
    /// Nothing to trim.
    case unchanged
    /// The bytes in this range (empty when the text is all spaces).
    case range(Range<Int>)
    /// A space next to a scalar that may join it into one character: trim by characters.
    case unsure
  }

  /// Whether `bytes` hold U+3000 (E3 80 80) or one of U+FF01…U+FF5E (EF BC 81…EF BD 9E).
  static func containsFoldable(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte == 0xE3 || byte == 0xEF, foldedByte(bytes, at: index) != nil { return true }
      index += 1
    }
    return false
  }

  /// The ASCII byte that the scalar starting at `index` folds to, when it is one that folds.
  static func foldedByte(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt8? {
    guard index + 2 < bytes.count else { return nil }
    switch (bytes[index], bytes[index + 1], bytes[index + 2]) {
    case (0xE3, 0x80, 0x80): return UInt8(ascii: " ")
    case (0xEF, 0xBC, 0x81...0xBF): return bytes[index + 2] - 0x80 + 0x20
    case (0xEF, 0xBD, 0x80...0x9E): return bytes[index + 2] - 0x80 + 0x60
    default: return nil
    }
  }

  /// `bytes` with every scalar that folds replaced by its ASCII byte.
  static func folded(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    String(unsafeUninitializedCapacity: bytes.count) { out in
      var count = 0
      var index = 0
      while index < bytes.count {
        if let ascii = foldedByte(bytes, at: index) {
          out[count] = ascii
          index += 3
        } else {
          out[count] = bytes[index]
          index += 1
        }
        count += 1
      }
      return count
    }
  }

  /// The bytes left once spaces, tabs and ideographic spaces are trimmed from both ends.
  static func trimmedBounds(_ bytes: UnsafeBufferPointer<UInt8>) -> Trim {
    var start = 0
    while let width = spaceWidth(bytes, at: start) { start += width }
    if start == bytes.count { return start == 0 ? .unchanged : .range(start..<start) }
    var end = bytes.count
    while let width = spaceWidth(bytes, endingAt: end) { end -= width }
    if start == 0 && end == bytes.count { return .unchanged }
    // A space with a combining mark after it, or a prepended mark with a space after it, is one
    // character that is not a space: such ends are left to the character scan.
    if start > 0, !neverJoins(scalarValue(bytes, startingAt: start)) { return .unsure }
    if end < bytes.count, !neverJoins(scalarValue(bytes, endingAt: end)) { return .unsure }
    return .range(start..<end)
  }

  /// The UTF-8 length of the space, tab or ideographic space at `index`, if there is one.
  private static func spaceWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
    guard index < bytes.count else { return nil }
    switch bytes[index] {
    case UInt8(ascii: " "), UInt8(ascii: "\t"): return 1
    case 0xE3:
      return index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80
        ? 3 : nil
    default: return nil
    }
  }

  /// The UTF-8 length of the space, tab or ideographic space that ends just before `end`, if
  /// there is one.
  private static func spaceWidth(_ bytes: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> Int? {
    guard end > 0 else { return nil }
    switch bytes[end - 1] {
    case UInt8(ascii: " "), UInt8(ascii: "\t"): return 1
    case 0x80:
      return end >= 3 && bytes[end - 3] == 0xE3 && bytes[end - 2] == 0x80 ? 3 : nil
    default: return nil
    }
  }

  /// The value of the scalar whose UTF-8 starts at `start`; nil past the end.
  static func scalarValue(_ bytes: UnsafeBufferPointer<UInt8>, startingAt start: Int) -> UInt32? {
    guard start < bytes.count else { return nil }
    let lead = bytes[start]
    let length: Int
    var value: UInt32
    switch lead {
    case 0..<0x80: return UInt32(lead)
    case 0xC0..<0xE0: (length, value) = (2, UInt32(lead & 0x1F))
    case 0xE0..<0xF0: (length, value) = (3, UInt32(lead & 0x0F))
    default: (length, value) = (4, UInt32(lead & 0x07))
    }
    guard start + length <= bytes.count else { return nil }
    for index in (start + 1)..<(start + length) {
      value = value << 6 | UInt32(bytes[index] & 0x3F)
    }
    return value
  }

  /// The value of the scalar whose UTF-8 ends just before `end`; nil at the start.
  static func scalarValue(_ bytes: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> UInt32? {
    var start = end - 1
    while start > 0, start > end - 4, bytes[start] & 0xC0 == 0x80 { start -= 1 }
    guard start >= 0 else { return nil }
    return scalarValue(bytes, startingAt: start)
  }

  /// Whether the scalar of `value` is certain to be a character boundary next to a space: it
  /// is none of the marks (extending, spacing or prepended) or joiners that grapheme breaking
  /// keeps with a neighbour. A conservative list: ASCII and Latin up to U+02FF, CJK symbols
  /// and punctuation up to U+3029, CJK unified ideographs and the full-width ASCII forms.
  static func neverJoins(_ value: UInt32?) -> Bool {
    switch value {
    case .some(0..<0x300), .some(0x3000...0x3029), .some(0x4E00...0x9FFF),
      .some(0xFF01...0xFF5E):
      true
    default: false
    }
  }
}
