/// How import tells a new report from a new round of the latest one, and what it names a new
/// report.
public enum ReportMatching {
  /// How many of `round`'s task numbers have, in `latest`, a task of the same number whose
  /// text is the same or close (see ``isClose(_:_:)``), of how many.
  public static func matchingTasks(of round: Round, in latest: Round) -> (
    matching: Int, total: Int
  ) {
    var texts: [Int: [Character]] = [:]
    for task in latest.tasks where texts[task.number] == nil {
      texts[task.number] = normalized(task.text)
    }
    var numbers = Set<Int>()
    var matching = 0
    for task in round.tasks where numbers.insert(task.number).inserted {
      if let known = texts[task.number], isClose(normalized(task.text), known) { matching += 1 }
    }
    return (matching, numbers.count)
  }

  /// Whether `round` continues the report whose latest round is `latest`: at least half of its
  /// task numbers match (see ``matchingTasks(of:in:)``).
  public static func continues(_ round: Round, latest: Round) -> Bool {
    let (matching, total) = matchingTasks(of: round, in: latest)
    return matching * 2 >= total
  }

  /// The text as compared: full-width letters, digits and punctuation folded, then every space
  /// and punctuation mark dropped.
  static func normalized(_ text: String) -> [Character] {
    text.widthFolded.filter { !$0.isWhitespace && !$0.isPunctuation && !$0.isSymbol }
  }

  /// Equal, or with a Dice coefficient of their pairs of adjacent characters of at least 0.6
  /// (a task reworded in a few places, not another task).
  static func isClose(_ first: [Character], _ second: [Character]) -> Bool {
    if first == second { return true }
    guard first.count >= 2, second.count >= 2 else { return false }
    var pairs: [String: Int] = [:]
    for index in 0..<(first.count - 1) {
      pairs[String([first[index], first[index + 1]]), default: 0] += 1
    }
    var shared = 0
    for index in 0..<(second.count - 1) {
      let pair = String([second[index], second[index + 1]])
      if let count = pairs[pair], count > 0 {
        shared += 1
        pairs[pair] = count - 1
      }
    }
    return shared * 10 >= (first.count + second.count - 2) * 3
  }

  /// The id a new report of `round` gets, and why: the year its header or intro states before
  /// 政府工作报告 (`2021年政府工作报告`, `2021年《政府工作报告》`), else its date's year.
  public static func proposedID(for round: Round) -> (id: ReportID, reason: String)? {
    let texts = round.metadata.map(\.value) + [round.intro ?? ""]
    for text in texts {
      if let year = statedYear(in: text), let id = ReportID(year) {
        return (id, "the report states \(year)年…政府工作报告")
      }
    }
    if let date = round.date, let id = ReportID(String(date.prefix(4))) {
      return (id, "the year of the round's date \(date)")
    }
    return nil
  }

  /// The first year written as `YYYY年` at most 6 characters before 政府工作报告 in `text`.
  static func statedYear(in text: String) -> String? {
    let characters = Array(text)
    let key = Array("政府工作报告")
    guard characters.count >= key.count + 5 else { return nil }
    var start = 0
    while start + key.count <= characters.count {
      if characters[start] == key[0], Array(characters[start..<(start + key.count)]) == key {
        var year = max(0, start - 11)
        while year + 5 <= start {
          let digits = characters[year..<(year + 4)]
          if characters[year + 4] == "年", digits.allSatisfy({ $0.isASCII && $0.isNumber }),
            year == 0 || !(characters[year - 1].isASCII && characters[year - 1].isNumber)
          {
            return String(digits)
          }
          year += 1
        }
      }
      start += 1
    }
    return nil
  }
}
