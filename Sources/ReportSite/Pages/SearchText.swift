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

  /// A narrative's Markdown as the words a reader sees: emphasis, heading, quote and list
  /// marks, table pipes and delimiter rows dropped; lines joined with a space.
  static func plain(markdown: String) -> String {
    var lines: [Substring] = []
    for line in markdown.split(separator: "\n", omittingEmptySubsequences: true) {
      var line = line.drop { $0 == " " || $0 == "\t" }
      if line.allSatisfy({ "|:- \t".contains($0) }) { continue }  // a table's delimiter row
      while let first = line.first, first == "#" || first == ">" {
        line = line.dropFirst().drop { $0 == " " }
      }
      if line.hasPrefix("- ") || line.hasPrefix("+ ") || line.hasPrefix("* ") {
        line = line.dropFirst(2)
      }
      lines.append(line)
    }
    var text = ""
    text.reserveCapacity(markdown.utf8.count)
    for (position, line) in lines.enumerated() {
      if position > 0 { text.append(" ") }
      for character in line where character != "*" && character != "`" {
        text.append(character == "|" ? " " : character)
      }
    }
    return text
  }
}
