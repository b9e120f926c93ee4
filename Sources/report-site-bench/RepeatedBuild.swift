import Foundation

/// Several runs of the same full build (ours or Hugo's): a row quotes the median of each figure,
/// with the fastest and slowest beside the wall and CPU times. The bench interleaves the two
/// tools' runs (ours, Hugo, ours, Hugo, …) so that a change of the machine's load during the
/// run falls on both alike.
struct RepeatedBuild {
  let runs: [Measurement]

  init(_ runs: [Measurement]) {
    precondition(!runs.isEmpty, "a repeated build has at least one run")
    self.runs = runs
  }

  var wallSeconds: Double { median(\.wallSeconds) }
  var cpuSeconds: Double { median(\.cpuSeconds) }
  var peakMiB: Double { median(\.peakMiB) }

  /// `1.03 (0.98–1.10)`: the median wall time, then the fastest and slowest; the value alone
  /// for one run.
  var wallText: String { text(\.wallSeconds) }
  /// The same for the CPU time (user + system).
  var cpuText: String { text(\.cpuSeconds) }

  /// The middle value of the runs (the mean of the two middle ones for an even count).
  func median(_ figure: KeyPath<Measurement, Double>) -> Double {
    let values = runs.map { $0[keyPath: figure] }.sorted()
    let middle = values.count / 2
    return values.count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2
  }

  private func text(_ figure: KeyPath<Measurement, Double>) -> String {
    let median = String(format: "%.2f", median(figure))
    guard runs.count > 1 else { return median }
    let values = runs.map { $0[keyPath: figure] }
    return median + String(format: " (%.2f–%.2f)", values.min()!, values.max()!)
  }
}
