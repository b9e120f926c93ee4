/// The dates that plan words name (`计划11月底前完成`, `力争2021年6月底前完成`, `年内`, `三季度末`,
/// `2021.6.30`), read from width-folded text. A date written with its year is `explicit`; one
/// without takes the year it is read in.
public enum PlanDates {
  /// A date a plan names.
  public struct Found: Hashable, Sendable {
    public var date: ISODate
    /// Whether the text wrote the year.
    public var explicit: Bool
  }

  /// Every date the words of `text` name, in the order written; `year` for those without one.
  public static func dates(in text: String, year: Int) -> [Found] {
    let characters = Array(text.widthFolded)
    var found: [Found] = []
    var index = 0
    /// A year written just before, which the words after it belong to.
    var context: (year: Int, end: Int)?
    func add(_ year: Int, _ month: Int, _ day: Int?, explicit: Bool) {
      let last = ISODate.days(inMonth: month, year: year)
      guard let date = ISODate(year: year, month: month, day: min(day ?? last, last)) else {
        return
      }
      if let day, day > last { return }
      found.append(Found(date: date, explicit: explicit))
    }
    while index < characters.count {
      let yearHere = context.map { $0.end == index } ?? false
      let activeYear = yearHere ? context!.year : year
      if let (month, length) = seasonEnd(characters, at: index) {
        add(activeYear, month, nil, explicit: yearHere)
        index += length
        continue
      }
      guard characters[index].isASCII, characters[index].isNumber else {
        index += 1
        continue
      }
      let (number, end) = digits(characters, from: index)
      let next = end < characters.count ? characters[end] : " "
      if number >= 1900, number <= 2999, end - index == 4 {
        if next == "年" {
          context = (number, end + 1)
          // `2021年` alone (not followed by a month or a season) is that year's end.
          let after = end + 1
          let followed =
            after < characters.count
            && ((characters[after].isASCII && characters[after].isNumber)
              || seasonEnd(characters, at: after) != nil)
          if !followed { add(number, 12, nil, explicit: true) }
          index = after
          continue
        }
        if next == "." || next == "/" || next == "-",
          let (month, day, length) =
            numericDate(characters, from: end + 1)
        {
          add(number, month, day, explicit: true)
          index = end + 1 + length
          continue
        }
        index = end
        continue
      }
      if next == "月", (1...12).contains(number) {
        let (day, dayEnd) = digits(characters, from: end + 1)
        let hasDay =
          dayEnd > end + 1 && dayEnd < characters.count
          && (characters[dayEnd] == "日" || characters[dayEnd] == "号")
        add(activeYear, number, hasDay ? day : nil, explicit: yearHere)
        context = nil
        index = hasDay ? dayEnd + 1 : end + 1
        continue
      }
      index = end
    }
    return found
  }

  /// The month that season words at `index` end in, and their length: 年底/年内/年末/下半年/
  /// 全年 → 12, 上半年 → 6, (第)一…四季度 → 3…12.
  private static func seasonEnd(_ characters: [Character], at index: Int) -> (Int, Int)? {
    let words: [(String, Int)] = [
      ("年底", 12), ("年内", 12), ("年末", 12), ("下半年", 12), ("全年", 12), ("上半年", 6),
      ("第一季度", 3), ("第二季度", 6), ("第三季度", 9), ("第四季度", 12),
      ("一季度", 3), ("二季度", 6), ("三季度", 9), ("四季度", 12),
    ]
    for (word, month) in words {
      let count = word.count
      if index + count <= characters.count,
        characters[index..<(index + count)].elementsEqual(word)
      {
        return (month, count)
      }
    }
    return nil
  }

  /// `6.30`, `6/30`, `06-30` or `6` after a year and a separator: month, day (nil for a month
  /// alone) and the length read.
  private static func numericDate(_ characters: [Character], from start: Int)
    -> (Int, Int?, Int)?
  {
    let (month, monthEnd) = digits(characters, from: start)
    guard monthEnd > start, monthEnd - start <= 2, (1...12).contains(month) else { return nil }
    if monthEnd < characters.count, ".-/".contains(characters[monthEnd]) {
      let (day, dayEnd) = digits(characters, from: monthEnd + 1)
      if dayEnd > monthEnd + 1, dayEnd - monthEnd - 1 <= 2, (1...31).contains(day) {
        return (month, day, dayEnd - start)
      }
    }
    return (month, nil, monthEnd - start)
  }

  /// The ASCII number at `start` and where it ends (`start` and 0 when there is none).
  private static func digits(_ characters: [Character], from start: Int) -> (Int, Int) {
    var end = start
    var value = 0
    while end < characters.count, let digit = characters[end].wholeNumberValue,
      characters[end].isASCII, end - start < 6
    {
      value = value * 10 + digit
      end += 1
    }
    return (value, end)
  }
}
