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
    var entries: [Int: [TaskHistoryEntry]] = [:]
    var lastStatus: [Int: String] = [:]
    for round in report.rounds {
      for task in round.tasks {
        let previous = lastStatus[task.number]
        let changed =
          previous.map { $0.widthFolded.trimmedSpace != task.status.widthFolded.trimmedSpace }
          ?? false
        entries[task.number, default: []].append(
          TaskHistoryEntry(
            round: round.id, date: round.date, task: task,
            previousStatus: changed ? previous : nil))
        lastStatus[task.number] = task.status
      }
    }
    for key in entries.keys { entries[key]!.reverse() }
    self.entries = entries
  }

  /// A task's entries, newest first.
  public func history(of number: Int) -> [TaskHistoryEntry] { entries[number] ?? [] }
}
