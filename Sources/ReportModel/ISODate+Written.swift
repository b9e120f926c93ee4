extension ISODate {
  /// The header keys that date a report, in the order they are looked for.
  public static let headerDateKeys = ["生成日期", "发布日期", "成文日期", "印发日期", "发文日期", "发布时间"]

  /// A date as reports write it: `2020-12-16`, `2020/12/16`, `2020.12.16`, `2020年12月16日`,
  /// with or without leading zeros, half- or full-width digits, a time after it ignored
  /// (`2020-12-16 10:30`); nil for anything else.
  public static func reading(_ written: String) -> ISODate? {
    let text = written.widthFolded.trimmedSpace
    var numbers: [Int] = []
    var separators: [Character] = []
    var current: Int?
    var digits = 0
    for character in text {
      if character.isASCII, let digit = character.wholeNumberValue {
        current = (current ?? 0) * 10 + digit
        digits += 1
        guard digits <= 4 else { return nil }
        continue
      }
      guard let value = current else { return nil }
      numbers.append(value)
      separators.append(character)
      current = nil
      digits = 0
      if numbers.count == 3 { break }
    }
    if let current, numbers.count < 3 { numbers.append(current) }
    guard numbers.count == 3, numbers[0] >= 1000 else { return nil }
    let kinds = String(separators.prefix(2))
    guard ["--", "//", "..", "年月"].contains(kinds) else { return nil }
    if kinds == "年月", separators.count < 3 || separators[2] != "日" { return nil }
    return ISODate(year: numbers[0], month: numbers[1], day: numbers[2])
  }

  /// The date of a report's header: the first of ``headerDateKeys`` that holds a date.
  public static func headerDate(_ metadata: [MetadataEntry]) -> ISODate? {
    for key in headerDateKeys {
      for entry in metadata where entry.key == key {
        if let date = ISODate.reading(entry.value) { return date }
      }
    }
    return nil
  }
}
