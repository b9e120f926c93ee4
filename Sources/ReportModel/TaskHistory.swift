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
public struct ReportHistory: Sendable {
  /// Entries per task number, newest round first.
  public private(set) var entries: [Int: [TaskHistoryEntry]]

  public init(report: Report) {
    let rounds = report.rounds
    let previousStatuses = Self.previousStatuses(rounds)
    // Newest round first, and each round's tasks last first: the entries come newest first.
    var entries: [Int: [TaskHistoryEntry]] = [:]
    for roundIndex in rounds.indices.reversed() {
      let round = rounds[roundIndex]
      let date = round.date
      for taskIndex in round.tasks.indices.reversed() {
        let entry = TaskHistoryEntry(
          round: round.id, date: date, task: round.tasks[taskIndex],
          previousStatus: previousStatuses[roundIndex][taskIndex])
        entries[entry.task.number, default: Self.history(capacity: roundIndex + 1)].append(entry)
      }
    }
    self.entries = entries
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

  /// An empty history with room for `capacity` entries.
  private static func history(capacity: Int) -> [TaskHistoryEntry] {
    var entries: [TaskHistoryEntry] = []
    entries.reserveCapacity(capacity)
    return entries
  }

  /// A task's entries, newest first.
  public func history(of number: Int) -> [TaskHistoryEntry] { entries[number] ?? [] }
}
