/// The order of the periods narratives are labelled with (`1-10月`, `1—11月`, `截至6月底`,
/// `2020年上半年`): the latest is the one that ends last.
public enum PeriodOrder {
  /// Whether `text` (a label's words before a narrative label) names a period.
  public static func isPeriod(_ text: String) -> Bool {
    let folded = text.widthFolded
    return folded.contains("月") || folded.contains("年") || folded.contains("季度")
      || folded.hasPrefix("截至") || folded.hasPrefix("截止")
  }

  /// When a period ends, as `year * 100 + month` (year 0 when the period names none); nil when
  /// it cannot be told.
  public static func end(of period: String) -> Int? {
    let text = Array(period.widthFolded)
    var year = 0
    var month: Int?
    var index = 0
    while index < text.count {
      guard text[index].isASCII, text[index].isNumber else {
        index += 1
        continue
      }
      var end = index
      while end < text.count, text[end].isASCII, text[end].isNumber { end += 1 }
      let number = Int(String(text[index..<end])) ?? 0
      if end < text.count, text[end] == "年", number >= 1900 { year = number }
      if end < text.count, text[end] == "月", (1...12).contains(number) { month = number }
      index = end
    }
    let words = String(text)
    if month == nil {
      let quarters: [(String, Int)] = [
        ("一季度", 3), ("二季度", 6), ("三季度", 9), ("四季度", 12), ("上半年", 6), ("下半年", 12),
        ("全年", 12), ("年底", 12),
      ]
      month = quarters.last { words.contains($0.0) }?.1
    }
    guard let month else { return nil }
    return year * 100 + month
  }

  /// The index of the latest of `periods`: the one that ends last; of periods ending together,
  /// or that cannot be told, the last written. Nil for no periods.
  public static func latest(_ periods: [String]) -> Int? {
    guard periods.count > 1 else { return periods.isEmpty ? nil : 0 }
    var best = 0
    var bestEnd = end(of: periods[0])
    for index in periods.indices.dropFirst() {
      let candidate = end(of: periods[index])
      if let candidate, let known = bestEnd, candidate < known { continue }
      if candidate == nil, bestEnd != nil { continue }
      best = index
      bestEnd = candidate
    }
    return best
  }
}
