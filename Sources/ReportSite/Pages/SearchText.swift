/// How search sees text, the same in Swift (the index) and in `assets/filter.js` (the query):
/// UTF-16 code units; spaces, tabs, line ends, U+00A0 and U+3000 skipped; full-width ASCII
/// (U+FF01…U+FF5E) folded to half-width; Latin capitals to small letters. Chinese is searched
/// by pairs of consecutive units (bigrams), so that a word is found inside longer words.
enum SearchText {
  /// Whether the unit is skipped: search ignores spacing.
  static func isSpace(_ unit: UInt16) -> Bool {
    unit == 0x20 || unit == 0x09 || unit == 0x0A || unit == 0x0D || unit == 0xA0 || unit == 0x3000
  }

  /// The unit as search compares it.
  static func fold(_ unit: UInt16) -> UInt16 {
    var unit = unit
    if (0xFF01...0xFF5E).contains(unit) { unit -= 0xFEE0 }
    if (0x41...0x5A).contains(unit) { unit += 0x20 }
    return unit
  }

  /// The folded units of `text`, spaces skipped; a unit's position here is its ordinal.
  static func folded(_ text: String) -> [UInt16] {
    folded(utf8: Array(text.utf8))
  }

  /// ``folded(_:)`` of ``plain(html:)``, without making the plain text a `String`.
  static func foldedPlain(html: String) -> [UInt16] {
    var html = html
    return folded(utf8: html.withUTF8 { plainBytes($0) })
  }

  /// ``plain(html:)`` and ``foldedPlain(html:)`` of `html`, its tags read once.
  static func plainAndFolded(html: String) -> (plain: String, folded: [UInt16]) {
    var html = html
    let bytes = html.withUTF8 { plainBytes($0) }
    return (String(decoding: bytes, as: UTF8.self), folded(utf8: bytes))
  }

  /// The folded UTF-16 units of the UTF-8 text `bytes` (an ill-formed sequence as U+FFFD, as
  /// `String(decoding:as:)` makes it), spaces skipped.
  private static func folded(utf8 bytes: [UInt8]) -> [UInt16] {
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count)
    // Well-formed text (all of it, but for a narrative's own bad bytes) is decoded here, a
    // scalar at a time; ill-formed text goes through the standard library's transcoder.
    let wellFormed = bytes.withUnsafeBufferPointer { bytes in
      var index = 0
      while index < bytes.count {
        guard let (scalar, width) = scalar(in: bytes, at: index) else { return false }
        index += width
        if scalar < 0x1_0000 {
          let unit = UInt16(scalar)
          if !isSpace(unit) { units.append(fold(unit)) }
        } else {
          let offset = scalar - 0x1_0000
          units.append(0xD800 | UInt16(offset >> 10))
          units.append(0xDC00 | UInt16(offset & 0x3FF))
        }
      }
      return true
    }
    if wellFormed { return units }
    units.removeAll(keepingCapacity: true)
    _ = transcode(bytes.makeIterator(), from: UTF8.self, to: UTF16.self, stoppingOnError: false) {
      if !isSpace($0) { units.append(fold($0)) }
    }
    return units
  }

  /// The scalar whose UTF-8 bytes start at `index`, and their count; nil when they are not a
  /// well-formed sequence (overlong, a surrogate, past U+10FFFF, cut short).
  @inline(__always)
  private static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (
    UInt32, Int
  )? {
    let lead = bytes[index]
    if lead < 0x80 { return (UInt32(lead), 1) }
    func continuation(_ offset: Int) -> UInt32? {
      guard index + offset < bytes.count else { return nil }
      let byte = bytes[index + offset]
      return byte & 0xC0 == 0x80 ? UInt32(byte & 0x3F) : nil
    }
    switch lead {
    case 0xC2...0xDF:
      guard let second = continuation(1) else { return nil }
      return (UInt32(lead & 0x1F) << 6 | second, 2)
    case 0xE0...0xEF:
      guard let second = continuation(1), let third = continuation(2) else { return nil }
      let scalar = UInt32(lead & 0x0F) << 12 | second << 6 | third
      guard scalar >= 0x800, !(0xD800...0xDFFF).contains(scalar) else { return nil }
      return (scalar, 3)
    case 0xF0...0xF4:
      guard let second = continuation(1), let third = continuation(2),
        let fourth = continuation(3)
      else { return nil }
      let scalar = UInt32(lead & 0x07) << 18 | second << 12 | third << 6 | fourth
      guard (0x1_0000...0x10_FFFF).contains(scalar) else { return nil }
      return (scalar, 4)
    default:
      return nil
    }
  }

  /// A narrative as the words a reader sees, from its rendered HTML: tags dropped (a space
  /// where a block ends), character references decoded, runs of ASCII spaces made one. Works
  /// on UTF-8 bytes: tags and references are ASCII.
  static func plain(html: String) -> String {
    var html = html
    return String(decoding: html.withUTF8 { plainBytes($0) }, as: UTF8.self)
  }

  private static func plainBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    var text: [UInt8] = []
    text.reserveCapacity(bytes.count)
    var pendingSpace = false
    func append(_ byte: UInt8) {
      if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
        pendingSpace = !text.isEmpty
        return
      }
      if pendingSpace { text.append(0x20) }
      pendingSpace = false
      text.append(byte)
    }
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "<") {
        var end = index + 1
        while end < bytes.count, bytes[end] != UInt8(ascii: ">") { end += 1 }
        var nameStart = index + 1
        if nameStart < end, bytes[nameStart] == UInt8(ascii: "/") { nameStart += 1 }
        var nameEnd = nameStart
        while nameEnd < end, isAlphanumeric(bytes[nameEnd]) { nameEnd += 1 }
        if !isInlineTag(bytes[nameStart..<nameEnd]) { pendingSpace = !text.isEmpty }
        index = end + 1
      } else if byte == UInt8(ascii: "&"),
        let end = bytes[(index + 1)..<min(bytes.count, index + 11)].firstIndex(
          of: UInt8(ascii: ";")),
        let decoded = decode(String(decoding: bytes[(index + 1)..<end], as: UTF8.self))
      {
        for unit in String(decoded).utf8 { append(unit) }
        index = end + 1
      } else if isOrdinary(byte) {
        // A run of bytes that are neither space nor markup, copied at once.
        var end = index + 1
        while end < bytes.count, isOrdinary(bytes[end]) { end += 1 }
        if pendingSpace { text.append(0x20) }
        pendingSpace = false
        text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
        index = end
      } else {
        append(byte)
        index += 1
      }
    }
    return text
  }

  /// Whether `byte` is copied as it is: not a space, line end or tab, nor `<` or `&`.
  @inline(__always)
  private static func isOrdinary(_ byte: UInt8) -> Bool {
    byte != 0x20 && byte != 0x0A && byte != 0x09 && byte != 0x0D && byte != UInt8(ascii: "<")
      && byte != UInt8(ascii: "&")
  }

  private static func isAlphanumeric(_ byte: UInt8) -> Bool {
    (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
  }

  private static let inlineTags: [[UInt8]] = [
    "a", "strong", "em", "b", "i", "code", "del", "s", "span", "mark", "sub", "sup", "abbr",
  ].map { Array($0.utf8) }

  /// Whether the tag name `name` (ASCII letters and digits) is one of ``inlineTags``, in any
  /// case.
  private static func isInlineTag(_ name: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
    inlineTags.contains { tag in
      tag.count == name.count
        && zip(tag, name).allSatisfy { tag, byte in
          tag == ((0x41...0x5A).contains(byte) ? byte + 0x20 : byte)
        }
    }
  }

  private static func decode(_ name: String) -> Character? {
    switch name {
    case "amp": return "&"
    case "lt": return "<"
    case "gt": return ">"
    case "quot": return "\""
    case "apos": return "'"
    default:
      let value: UInt32?
      if name.hasPrefix("#x") || name.hasPrefix("#X") {
        value = UInt32(name.dropFirst(2), radix: 16)
      } else if name.hasPrefix("#") {
        value = UInt32(name.dropFirst())
      } else {
        value = nil
      }
      return value.flatMap(Unicode.Scalar.init).map(Character.init)
    }
  }
}
