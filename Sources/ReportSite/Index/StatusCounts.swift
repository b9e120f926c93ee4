import ReportModel

/// How many tasks of a set are in each status category.
struct StatusCounts: Sendable {
  /// The count of each category, by its place in ``StatusCategory/allCases``: counted without
  /// hashing, a set of tasks is counted for every list, unit and section.
  private var counts = [Int](repeating: 0, count: StatusCategory.allCases.count)
  private(set) var total = 0

  init<S: Sequence>(_ categories: S) where S.Element == StatusCategory {
    for category in categories {
      counts[Self.place(of: category)] += 1
      total += 1
    }
  }

  subscript(category: StatusCategory) -> Int { counts[Self.place(of: category)] }

  /// The category's place in ``StatusCategory/allCases`` (`StatusCountsTests` checks it).
  static func place(of category: StatusCategory) -> Int {
    switch category {
    case .done: 0
    case .doneOngoing: 1
    case .inProgress: 2
    case .scheduled: 3
    case .behind: 4
    case .notStarted: 5
    }
  }

  /// Tasks whose category counts as complete.
  var done: Int { StatusCategory.allCases.filter(\.isDone).map { self[$0] }.reduce(0, +) }

  /// `part` of `total` as a percentage with one decimal, `56.4%`; `0%` of nothing. Integer
  /// arithmetic, so that it prints the same everywhere.
  static func percent(_ part: Int, of total: Int) -> String {
    guard total > 0 else { return "0%" }
    let tenths = (part * 1000 + total / 2) / total
    return tenths % 10 == 0 ? "\(tenths / 10)%" : "\(tenths / 10).\(tenths % 10)%"
  }
}
