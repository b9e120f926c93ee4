import Testing

@testable import ReportText

/// The parser's fast paths answer as the slow ones they replace: lines cut at bytes, and
/// punctuation tested without hashing.
@Suite struct ParserSpeedTests {
  /// The lines as the parser read them before: split at the scalar "\n", a final "\r" dropped.
  static func scalarLines(_ text: String) -> [String] {
    var body = Substring(text)
    if body.unicodeScalars.first == "\u{FEFF}" { body = body.dropFirst() }
    return body.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map {
      var line = String(String.UnicodeScalarView($0))
      if line.unicodeScalars.last == "\r" { line.unicodeScalars.removeLast() }
      return line
    }
  }

  static let pieces = [
    "\n", "\r\n", "\r", "\u{FEFF}", "一、", "责任单位:", "a", "é", "e\u{301}", "\n\n", "；", ";",
    "\u{37E}", "：", "🇨🇳", " ", "\u{3000}",
  ]

  @Test func linesAreCutAtTheSameBytes() {
    var generator = SystemRandomNumberGenerator()
    var cases = ["", "\n", "\r\n", "\u{FEFF}", "\u{FEFF}\r\n", "a\r", "\r\r\n", "a\n\nb"]
    for _ in 0..<2000 {
      let count = Int.random(in: 0..<12, using: &generator)
      cases.append((0..<count).map { _ in Self.pieces.randomElement(using: &generator)! }.joined())
    }
    for text in cases {
      #expect(ReportTextParser.lines(of: text) == Self.scalarLines(text), "\(Array(text.utf8))")
    }
  }

  @Test func punctuationIsFoundAsBySetsOfCharacters() {
    let sets: [(PunctuationSet, Set<Character>)] = [
      (ReportLine.colons, [":", "："]), (ReportLine.numberSeparators, [".", "．", "、"]),
      (ReportLine.unitSeparators, ["、", ",", "，", ";", "；"]),
      (StatusSplitter.terminators, ["。", "．", ",", "，", ";", "；"]),
    ]
    var characters: [Character] = ["\u{37E}", "e\u{301}", ":\u{301}", "；\u{301}", "🇨🇳", "\r\n"]
    for scalar in [0x20...0x7E, 0x3000...0x303F, 0x4E00...0x4E40, 0xFF00...0xFF5F, 0x370...0x3FF]
      .joined()
    {
      characters.append(Character(Unicode.Scalar(UInt32(scalar))!))
    }
    for (fast, slow) in sets {
      for character in characters {
        #expect(fast.contains(character) == slow.contains(character), "\(character)")
      }
    }
    #expect(ReportLine.unitSeparators.contains("\u{37E}"))
  }
}
