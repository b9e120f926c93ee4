/// What a status means, whatever words a report uses for it. The order is the order of display.
public enum StatusCategory: String, CaseIterable, Hashable, Sendable, Comparable {
  /// Finished.
  case done
  /// Finished, and the work continues as a standing duty (已完成并长期坚持).
  case doneOngoing = "done-ongoing"
  /// Under way.
  case inProgress = "in-progress"
  /// Under way with a stated completion date (推进中,计划年底前完成).
  case scheduled
  /// Behind schedule.
  case behind
  /// Not started.
  case notStarted = "not-started"

  /// Whether the category counts as complete.
  public var isDone: Bool { self == .done || self == .doneOngoing }

  /// The category's Chinese name for headings and the status pages.
  public var displayName: String {
    switch self {
    case .done: "已完成"
    case .doneOngoing: "已完成并长期坚持"
    case .inProgress: "推进中"
    case .scheduled: "推进中（有完成时限）"
    case .behind: "进度滞后"
    case .notStarted: "未启动"
    }
  }

  /// Hashes the case, not the raw value: the default of a `RawRepresentable` type hashes its
  /// string, a cost in every per-task dictionary or set keyed by category.
  public func hash(into hasher: inout Hasher) {
    switch self {
    case .done: hasher.combine(0)
    case .doneOngoing: hasher.combine(1)
    case .inProgress: hasher.combine(2)
    case .scheduled: hasher.combine(3)
    case .behind: hasher.combine(4)
    case .notStarted: hasher.combine(5)
    }
  }

  public static func < (lhs: StatusCategory, rhs: StatusCategory) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}
