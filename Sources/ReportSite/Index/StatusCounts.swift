import ReportModel

/// How many tasks of a set are in each status category.
struct StatusCounts: Sendable {
  private(set) var byCategory: [StatusCategory: Int] = [:]
  private(set) var total = 0

  init<S: Sequence>(_ categories: S) where S.Element == StatusCategory {
    for category in categories {
      byCategory[category, default: 0] += 1
      total += 1
    }
  }

  subscript(category: StatusCategory) -> Int { byCategory[category] ?? 0 }

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
