/// Chinese numerals as reports number their sections: 一 … 九十九.
public enum ChineseNumeral {
  private static let digits: [Character] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

  /// The value of `text` (一 → 1, 十二 → 12, 二十 → 20, 九十九 → 99), or nil.
  public static func value(of text: Substring) -> Int? {
    guard !text.isEmpty else { return nil }
    if let tenIndex = text.firstIndex(of: "十") {
      let head = text[..<tenIndex]
      let tail = text[text.index(after: tenIndex)...]
      let tens: Int
      if head.isEmpty {
        tens = 1
      } else if head.count == 1, let d = digit(head.first!), d > 0 {
        tens = d
      } else {
        return nil
      }
      if tail.isEmpty { return tens * 10 }
      guard tail.count == 1, let units = digit(tail.first!), units > 0 else { return nil }
      return tens * 10 + units
    }
    guard text.count == 1, let d = digit(text.first!), d > 0 else { return nil }
    return d
  }

  public static func value(of text: String) -> Int? {
    valueBySpelling[ExactText(text)] ?? value(of: text[...])
  }

  /// The values 1…99 by their exact spelling, for quick lookups; any other text is read by
  /// characters.
  private static let valueBySpelling: [ExactText: Int] = Dictionary(
    uniqueKeysWithValues: (1...99).map { (ExactText(text(for: $0)), $0) })

  /// 1 → 一, 12 → 十二, 20 → 二十; values outside 1…99 print as Arabic numerals.
  public static func text(for value: Int) -> String {
    guard (1...99).contains(value) else { return String(value) }
    if value < 10 { return String(digits[value]) }
    let tens = value / 10
    let units = value % 10
    return (tens == 1 ? "" : String(digits[tens])) + "十" + (units == 0 ? "" : String(digits[units]))
  }

  private static func digit(_ character: Character) -> Int? {
    digits.firstIndex(of: character)
  }

  /// Whether the character can appear in a numeral.
  public static func isNumeralCharacter(_ character: Character) -> Bool {
    character == "十" || (digits.contains(character) && character != "零")
  }
}
