import ReportModel

/// Full dates written in a table's title rows: `2020-12-16`, `2020/12/16`, `2020.12.16`,
/// `2020年12月16日` (full-width digits too). A year or a month alone is no date.
enum TableDates {
  /// The first full date in `text`.
  static func first(in text: String) -> ISODate? {
    let characters = Array(text.widthFolded)
    var index = 0
    while index < characters.count {
      guard isDigit(characters[index]) else {
        index += 1
        continue
      }
      if let date = date(characters, at: index) { return date }
      while index < characters.count, isDigit(characters[index]) { index += 1 }
    }
    return nil
  }

  private static func date(_ characters: [Character], at start: Int) -> ISODate? {
    var index = start
    func number(maxDigits: Int) -> Int? {
      var value = 0
      var count = 0
      while index < characters.count, isDigit(characters[index]), count < maxDigits {
        value = value * 10 + (characters[index].wholeNumberValue ?? 0)
        index += 1
        count += 1
      }
      if index < characters.count, isDigit(characters[index]) { return nil }
      return count == 0 ? nil : value
    }
    guard let year = number(maxDigits: 4), index - start == 4, index < characters.count else {
      return nil
    }
    let separator = characters[index]
    guard ["-", "/", ".", "年"].contains(separator) else { return nil }
    index += 1
    guard let month = number(maxDigits: 2), index < characters.count else { return nil }
    let second = characters[index]
    guard second == (separator == "年" ? "月" : separator) else { return nil }
    index += 1
    guard let day = number(maxDigits: 2) else { return nil }
    return ISODate(year: year, month: month, day: day)
  }

  private static func isDigit(_ character: Character) -> Bool {
    character.isASCII && character.isNumber
  }
}
