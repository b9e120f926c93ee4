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
    var units: [UInt16] = []
    units.reserveCapacity(text.utf16.count)
    for unit in text.utf16 where !isSpace(unit) { units.append(fold(unit)) }
    return units
  }

  /// A narrative as the words a reader sees, from its rendered HTML: tags dropped (a space
  /// where a block ends), character references decoded, runs of spaces made one.
  static func plain(html: String) -> String {
    var text = ""
    text.reserveCapacity(html.utf8.count)
    var characters = html[...]
    var pendingSpace = false
    func append(_ character: Character) {
      if character.isWhitespace {
        pendingSpace = !text.isEmpty
        return
      }
      if pendingSpace { text.append(" ") }
      pendingSpace = false
      text.append(character)
    }
    while let character = characters.first {
      characters = characters.dropFirst()
      if character == "<" {
        let tag = characters.prefix { $0 != ">" }
        characters = characters.dropFirst(tag.count + 1)
        let name = tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }.lowercased()
        if !inlineTags.contains(name) { pendingSpace = !text.isEmpty }
      } else if character == "&", let end = characters.prefix(10).firstIndex(of: ";") {
        let name = String(characters[..<end])
        if let decoded = decode(name) {
          append(decoded)
          characters = characters[characters.index(after: end)...]
        } else {
          append(character)
        }
      } else {
        append(character)
      }
    }
    return text
  }

  private static let inlineTags: Set<String> = [
    "a", "strong", "em", "b", "i", "code", "del", "s", "span", "mark", "sub", "sup", "abbr",
  ]

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
