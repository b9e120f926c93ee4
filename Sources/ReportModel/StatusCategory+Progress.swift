extension StatusCategory {
  /// How far along a category is, for telling progress from regress between rounds:
  /// not started < behind < under way (with or without a date) < done.
  public var progressRank: Int {
    switch self {
    case .notStarted: 0
    case .behind: 1
    case .inProgress, .scheduled: 2
    case .done, .doneOngoing: 3
    }
  }
}
