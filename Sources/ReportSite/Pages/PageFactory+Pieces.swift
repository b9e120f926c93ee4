extension PageFactory {
  /// The most task pages a part of ``jobParts()`` makes: the view models of a part live until
  /// its last page is written, so the parts in flight, not the report, bound the memory. Small
  /// parts are also rendered while the strings just made for them are still in the processor's
  /// cache (1000 a part took about a tenth more CPU for a 10,000 × 4 full build).
  static let tasksPerPart = 250

  /// `tasks` in at least two ranges (two workers start at once) of at most ``tasksPerPart``,
  /// of sizes that differ by one at most, in order.
  static func pieces(of tasks: Range<Int>) -> [Range<Int>] {
    let count = max(2, (tasks.count + tasksPerPart - 1) / tasksPerPart)
    let start = tasks.lowerBound
    return (0..<count).map { piece in
      (start + tasks.count * piece / count)..<(start + tasks.count * (piece + 1) / count)
    }
  }
}
