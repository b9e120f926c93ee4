/// When a task is due, and whether it is overdue. Conservative by design: a due date comes only
/// from a task's `due` field, its completion deadline as written (完成时限) or plan words in its
/// status (never from the narrative), and a plan is read only in the forms below (see
/// ``PlanDates``), in the year it names or else the year of the round that states it:
///
/// - 年底 / 年内 / 年末 / 下半年 → 12-31;  上半年 → 06-30;  一季度 … 四季度(末) → 03-31 … 12-31
/// - N月 / N月底 / N月底前 / N月前 → the last day of month N;  N月M日(前) → that day
/// - 2021年 → 2021-12-31;  2021年6月底 → 2021-06-30;  2021.6.30, 2021/6/30 → that day
///
/// A status plan without a year whose date is already past in the round that states it is
/// ignored (it cannot be told which year it meant); one with its year is kept, and the task is
/// overdue at once unless done. A task is overdue in a round when that round's date is after
/// its due date and its status there is not done.
public enum DeadlinePolicy {
  /// The due date the status words of a round imply, if any: the earliest they name.
  public static func plannedDate(inStatus status: String, roundDate: ISODate) -> ISODate? {
    let found = PlanDates.dates(in: status, year: roundDate.year)
      .filter { $0.explicit || $0.date >= roundDate }
    return found.map(\.date).min()
  }

  /// The due date a completion deadline as written (完成时限) names, if any: the latest it
  /// names, a date without a year in the year of the round. `长期坚持` names none.
  public static func date(fromDeadline written: String, roundDate: ISODate) -> ISODate? {
    PlanDates.dates(in: written, year: roundDate.year).map(\.date).max()
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
    /// The completion deadline as written (完成时限) in the round shown.
    case deadlineWords
    case statusWords(RoundID)
  }
}

/// Every task's deadline in every round, found in one pass over the rounds, oldest first: a
/// task's `due` field, else the earliest plan its status words stated up to that round.
///
/// Tasks share few distinct deadlines: each is kept once, and each task holds its position
/// (a dictionary of deadlines took about 150 bytes a task in a large report).
public struct DeadlineTable: Sendable {
  /// Each round's tasks' deadlines, by task number: positions in ``distinct``.
  private var byRound: [RoundID: [Int: Int32]] = [:]
  private var distinct: [Deadline] = []

  public init(report: Report) {
    var plans: [Int: (due: ISODate, round: RoundID)] = [:]
    var positions: [Deadline: Int32] = [:]
    func position(of deadline: Deadline) -> Int32 {
      if let known = positions[deadline] { return known }
      let position = Int32(distinct.count)
      positions[deadline] = position
      distinct.append(deadline)
      return position
    }
    for round in report.rounds {
      guard let roundDate = round.date.flatMap(ISODate.init) else { continue }
      var deadlines: [Int: Int32] = [:]
      deadlines.reserveCapacity(round.tasks.count)
      var readings = StatusReadings(roundDate: roundDate, vocabulary: report.config.statuses)
      for index in round.tasks.indices {
        let number = round.tasks[index].number
        let reading = readings.reading(of: round.tasks[index].status)
        if plans[number] == nil, let due = reading.plannedDate {
          plans[number] = (due, round.id)
        }
        if let due = round.tasks[index].due.flatMap(ISODate.init) {
          deadlines[number] = position(
            of: Deadline(due: due, source: .dueField, isOverdue: !reading.isDone && roundDate > due)
          )
        } else if let written = round.tasks[index].dueAsWritten,
          let due = DeadlinePolicy.date(fromDeadline: written, roundDate: roundDate)
        {
          deadlines[number] = position(
            of: Deadline(
              due: due, source: .deadlineWords, isOverdue: !reading.isDone && roundDate > due))
        } else if let plan = plans[number] {
          deadlines[number] = position(
            of: Deadline(
              due: plan.due, source: .statusWords(plan.round),
              isOverdue: !reading.isDone && roundDate > plan.due))
        }
      }
      byRound[round.id] = deadlines
    }
  }

  /// Task `number`'s deadline as of `round`; nil when it has none.
  public func deadline(of number: Int, in round: RoundID) -> Deadline? {
    byRound[round]?[number].map { distinct[Int($0)] }
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
