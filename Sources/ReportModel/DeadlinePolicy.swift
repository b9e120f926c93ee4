/// When a task is due, and whether it is overdue. Conservative by design: a due date comes only
/// from a task's `due` field or from plan words in its status (never from the narrative), and a
/// plan is read only in the forms below, in the year of the round that states it:
///
/// - 年底前 / 年底 / 年内 → 12-31;  上半年 → 06-30;  下半年 → 12-31
/// - N月底 / N月底前 / N月前 → the last day of month N
/// - N月M日前 / N月M日 → that day
///
/// A plan whose date is already past in the round that states it is ignored (it cannot be told
/// which year it meant). A task is overdue in a round when that round's date is after its due
/// date and its status there is not done.
public enum DeadlinePolicy {
  /// The due date the status words of a round imply, if any.
  public static func plannedDate(inStatus status: String, roundDate: ISODate) -> ISODate? {
    let words = status.widthFolded
    let year = roundDate.year
    var candidates: [ISODate] = []
    if words.contains("年底") || words.contains("年内") || words.contains("下半年") {
      candidates.append(ISODate(year: year, month: 12, day: 31)!)
    }
    if words.contains("上半年") {
      candidates.append(ISODate(year: year, month: 6, day: 30)!)
    }
    candidates += monthDates(in: words, year: year)
    guard let due = candidates.min(), due >= roundDate else { return nil }
    return due
  }

  /// `N月底`, `N月前`, `N月M日` in the text.
  private static func monthDates(in text: String, year: Int) -> [ISODate] {
    var dates: [ISODate] = []
    let characters = Array(text)
    var index = 0
    while index < characters.count {
      guard characters[index].isASCII, characters[index].isNumber else {
        index += 1
        continue
      }
      var end = index
      while end < characters.count, characters[end].isASCII, characters[end].isNumber { end += 1 }
      let number = Int(String(characters[index..<end])) ?? 0
      if end < characters.count, characters[end] == "月", (1...12).contains(number) {
        let after = end + 1
        var dayEnd = after
        while dayEnd < characters.count, characters[dayEnd].isASCII, characters[dayEnd].isNumber {
          dayEnd += 1
        }
        if dayEnd > after, dayEnd < characters.count, characters[dayEnd] == "日",
          let day = Int(String(characters[after..<dayEnd])),
          let date = ISODate(year: year, month: number, day: day)
        {
          dates.append(date)
        } else if after < characters.count, characters[after] == "底" || characters[after] == "前" {
          let last = ISODate.days(inMonth: number, year: year)
          dates.append(ISODate(year: year, month: number, day: last)!)
        }
      }
      index = end
    }
    return dates
  }
}

/// A task's deadline as of one round.
public struct Deadline: Hashable, Sendable {
  public var due: ISODate
  /// Where the date comes from: the task's `due` field, or the round whose status stated it.
  public var source: Source
  public var isOverdue: Bool

  public enum Source: Hashable, Sendable {
    case dueField
    case statusWords(RoundID)
  }
}

/// Every task's deadline in every round, found in one pass over the rounds, oldest first: a
/// task's `due` field, else the earliest plan its status words stated up to that round.
public struct DeadlineTable: Sendable {
  private var byRound: [RoundID: [Int: Deadline]] = [:]

  public init(report: Report) {
    var plans: [Int: (due: ISODate, round: RoundID)] = [:]
    for round in report.rounds {
      guard let roundDate = round.date.flatMap(ISODate.init) else { continue }
      var deadlines: [Int: Deadline] = [:]
      deadlines.reserveCapacity(round.tasks.count)
      var readings = StatusReadings(roundDate: roundDate, vocabulary: report.config.statuses)
      for index in round.tasks.indices {
        let number = round.tasks[index].number
        let reading = readings.reading(of: round.tasks[index].status)
        if plans[number] == nil, let due = reading.plannedDate {
          plans[number] = (due, round.id)
        }
        if let due = round.tasks[index].due.flatMap(ISODate.init) {
          deadlines[number] = Deadline(
            due: due, source: .dueField, isOverdue: !reading.isDone && roundDate > due)
        } else if let plan = plans[number] {
          deadlines[number] = Deadline(
            due: plan.due, source: .statusWords(plan.round),
            isOverdue: !reading.isDone && roundDate > plan.due)
        }
      }
      byRound[round.id] = deadlines
    }
  }

  /// Task `number`'s deadline as of `round`; nil when it has none.
  public func deadline(of number: Int, in round: RoundID) -> Deadline? {
    byRound[round]?[number]
  }
}

/// What a status says in one round, read once per distinct status: a round's statuses come from
/// a short vocabulary, and reading one is a pure function of its words and the round's date.
private struct StatusReadings {
  struct Reading {
    var plannedDate: ISODate?
    var isDone: Bool
  }

  let roundDate: ISODate
  let vocabulary: StatusVocabulary
  private var cache: [ExactText: Reading] = [:]

  init(roundDate: ISODate, vocabulary: StatusVocabulary) {
    self.roundDate = roundDate
    self.vocabulary = vocabulary
  }

  mutating func reading(of status: String) -> Reading {
    let key = ExactText(status)
    if let known = cache[key] { return known }
    let reading = Reading(
      plannedDate: DeadlinePolicy.plannedDate(inStatus: status, roundDate: roundDate),
      isDone: vocabulary.definition(for: status)?.category.isDone ?? false)
    cache[key] = reading
    return reading
  }
}
