/// One task's result in one round.
public struct TaskHistoryEntry: Hashable, Sendable {
  public var round: RoundID
  public var date: String?
  public var task: KeyTask
  /// The status of the round before, when the status changed since then.
  public var previousStatus: String?

  public init(round: RoundID, date: String?, task: KeyTask, previousStatus: String?) {
    self.round = round
    self.date = date
    self.task = task
    self.previousStatus = previousStatus
  }
}

/// Every task's results over the rounds, built once in time linear in tasks × rounds.
///
/// Kept as where each task is in each round (two numbers an entry), not as entries: an entry
/// holds a copy of its task, and a copy of every task of a large report took about 340 bytes
/// a task. ``history(of:)`` makes a task's entries when asked.
public struct ReportHistory: Sendable {
  /// Where a task is: its round's index and its index among the round's tasks.
  private struct Place: Sendable {
    let round: Int
    let task: Int
  }

  private let rounds: [Round]
  /// Each round's date (see ``Round/date``).
  private let dates: [String?]
  /// For each task of each round, the status of the task's round before, when it changed.
  private let previousStatuses: [[String?]]
  /// The slot of each task number: its places are `places[starts[slot]..<starts[slot + 1]]`,
  /// newest round first.
  private let slots: [Int: Int]
  private let starts: [Int]
  private let places: [Place]

  /// The history `old` holds, over `rounds`, rounds of the same structure as `old`'s (the
  /// same ids, dates, and tasks in the same places with the same numbers and statuses), whose
  /// tasks may differ in anything else (their narratives).
  public init(_ old: ReportHistory, sameStructure rounds: [Round]) {
    precondition(rounds.count == old.rounds.count, "rounds of another structure")
    self.rounds = rounds
    dates = old.dates
    previousStatuses = old.previousStatuses
    slots = old.slots
    starts = old.starts
    places = old.places
  }

  public init(report: Report) {
    let rounds = report.rounds
    self.rounds = rounds
    dates = rounds.map(\.date)
    previousStatuses = Self.previousStatuses(rounds)
    // Newest round first, and each round's tasks last first: the entries come newest first.
    var order: [Place] = []
    order.reserveCapacity(rounds.reduce(0) { $0 + $1.tasks.count })
    for round in rounds.indices.reversed() {
      for task in rounds[round].tasks.indices.reversed() {
        order.append(Place(round: round, task: task))
      }
    }
    // Each number's entries counted, then put in place in that order.
    var slots: [Int: Int] = [:]
    var slotOfPlace: [Int] = []
    slotOfPlace.reserveCapacity(order.count)
    var counts: [Int] = []
    for place in order {
      let number = rounds[place.round].tasks[place.task].number
      let slot = slots[number] ?? counts.count
      if slot == counts.count {
        slots[number] = slot
        counts.append(0)
      }
      counts[slot] += 1
      slotOfPlace.append(slot)
    }
    var starts = [0]
    starts.reserveCapacity(counts.count + 1)
    for count in counts { starts.append(starts[starts.count - 1] + count) }
    var next = starts
    var places = order
    for (place, slot) in zip(order, slotOfPlace) {
      places[next[slot]] = place
      next[slot] += 1
    }
    self.slots = slots
    self.starts = starts
    self.places = places
  }

  /// For each task of each round, the status of the task's round before, when the status
  /// changed since then.
  private static func previousStatuses(_ rounds: [Round]) -> [[String?]] {
    var lastStatus: [Int: String] = [:]
    return rounds.map { round in
      round.tasks.indices.map { index in
        let status = round.tasks[index].status
        guard let previous = lastStatus.updateValue(status, forKey: round.tasks[index].number)
        else { return nil }
        return previous.widthFolded.trimmedSpace != status.widthFolded.trimmedSpace
          ? previous : nil
      }
    }
  }

  /// A task's entries, newest first.
  public func history(of number: Int) -> [TaskHistoryEntry] {
    entries(of: number, TaskHistoryEntry.init)
  }

  /// How many entries ``history(of:)`` has for the task.
  public func entryCount(of number: Int) -> Int {
    guard let slot = slots[number] else { return 0 }
    return starts[slot + 1] - starts[slot]
  }

  /// What `transform` makes of each of a task's entries, newest first, from the entry's round,
  /// date, task and previous status: no ``TaskHistoryEntry`` (and no array of them) is made.
  public func entries<T>(
    of number: Int,
    _ transform: (
      _ round: RoundID, _ date: String?, _ task: KeyTask, _ previousStatus: String?
    ) throws -> T
  ) rethrows -> [T] {
    guard let slot = slots[number] else { return [] }
    // The round and its task are lent in place through spans: a subscript of an array would
    // copy the round and the task (a retain and release of each of their fields) per entry.
    let rounds = rounds.span
    return try places[starts[slot]..<starts[slot + 1]].map { place in
      try transform(
        rounds[place.round].id, dates[place.round], rounds[place.round].tasks.span[place.task],
        previousStatuses[place.round][place.task])
    }
  }

  /// Entries per task number, newest round first.
  public var entries: [Int: [TaskHistoryEntry]] {
    Dictionary(uniqueKeysWithValues: slots.keys.map { ($0, history(of: $0)) })
  }
}
