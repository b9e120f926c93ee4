import Testing

@testable import ReportSite

/// ``PageFactory/shortened(_:to:)`` counts characters only as far as it cuts; its results are
/// those of the whole-string count it replaced.
@Suite struct ShortenedTextTests {
  /// The rule as first written: count every character, cut to `length - 1` and add `…`.
  private func reference(_ text: String, _ length: Int) -> String {
    text.count <= length ? text : String(text.prefix(length - 1)) + "…"
  }

  @Test(arguments: [
    "", "a", "ab", "abc", "abcd", "推进政务服务一网通办", "e\u{301}e\u{301}e\u{301}e\u{301}",
    "👩‍👩‍👧‍👦👩‍👩‍👧‍👦👩‍👩‍👧‍👦", "\r\n\r\n\r\n", "完成 100%。\r\n下一步",
    // Scalars that join the one before them, after a run of scalars that stand alone.
    "一二三四五六e\u{301}七八", "一二三四五六七八九十\u{302A}", "ＡＢ，。ｶ\u{FF9E}ｷ", "〇〡〢〣〤〥〦〧〨〩\u{302E}",
    "推进一网通办\u{200D}一网通办", "abcdefghijk\u{0308}",
    // Latin-1 and general punctuation that stand alone, and their neighbours that do not.
    "推进中·年底前完成“一网通办”——全面…", "é·ü×÷«»¿¡soft\u{AD}hyphen", "‰′″‹›※‼⁉⁂⁞\u{2060}",
    "引号“甲”\u{2028}乙", "·\u{301}·\u{301}·", "ab\u{200B}cd\u{200C}ef",
  ])
  func cutsAsCountingEverything(text: String) {
    for length in 1...24 {
      #expect(PageFactory.shortened(text, to: length) == reference(text, length))
    }
  }

  @Test func keepsTextOfExactlyTheLength() {
    #expect(PageFactory.shortened("一二三", to: 3) == "一二三")
    #expect(PageFactory.shortened("一二三四", to: 3) == "一二…")
  }
}
