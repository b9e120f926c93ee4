import Foundation

/// Hands out the files of a build to workers so that two workers seldom create files in the
/// same folder: on Linux, creating a file takes its folder's lock, and two threads creating
/// files in one folder mostly wait for each other.
///
/// Files are grouped by folder; each worker takes a whole folder, largest first, and works
/// through it; a worker with no folder left helps with the one with most files left, from its
/// end. Items are positions in the caller's list.
///
/// Errors: after a failure, items after the first failing one (in list order) are skipped and
/// every item before it still runs, so the error reported is always that of the first failing
/// item, whatever the order the work was done in.
final class FolderQueue: @unchecked Sendable {
  private let lock = NSLock()
  /// Item positions, sorted by folder then position.
  private let order: [Int]
  /// Each folder's remaining part of `order`, largest folder first.
  private var groups: [(low: Int, high: Int)]
  private var nextGroup = 0
  /// The group each worker works through, and whether from its end.
  private var current: [Int: (group: Int, fromEnd: Bool)] = [:]
  private var done = 0
  private var errors: [Int: Error] = [:]
  private var firstErrorPosition = Int.max
  private var lastReport = ContinuousClock.now

  /// A queue of `paths.count` items, grouped by the folder of each path.
  init(paths: [String]) {
    func folder(_ path: String) -> Substring {
      path.utf8.lastIndex(of: UInt8(ascii: "/")).map { path[..<$0] } ?? ""
    }
    let folders = paths.map(folder)
    let order = paths.indices.sorted { left, right in
      folders[left] != folders[right] ? folders[left] < folders[right] : left < right
    }
    var groups: [(low: Int, high: Int)] = []
    var start = 0
    for index in order.indices.dropFirst()
    where folders[order[index]] != folders[order[index - 1]] {
      groups.append((start, index))
      start = index
    }
    if !order.isEmpty { groups.append((start, order.count)) }
    self.order = order
    self.groups = groups.sorted { ($0.high - $0.low, $1.low) > ($1.high - $1.low, $0.low) }
  }

  /// The next item for `worker`, nil when all are taken.
  func next(worker: Int) -> Int? {
    lock.withLock {
      while true {
        guard let position = take(worker: worker) else { return nil }
        if position < firstErrorPosition { return position }
      }
    }
  }

  private func take(worker: Int) -> Int? {
    if let (group, fromEnd) = current[worker], groups[group].low < groups[group].high {
      if fromEnd {
        groups[group].high -= 1
        return order[groups[group].high]
      }
      groups[group].low += 1
      return order[groups[group].low - 1]
    }
    if nextGroup < groups.count {
      current[worker] = (nextGroup, false)
      nextGroup += 1
      return take(worker: worker)
    }
    guard
      let largest = groups.indices.max(by: {
        groups[$0].high - groups[$0].low < groups[$1].high - groups[$1].low
      }), groups[largest].low < groups[largest].high
    else { return nil }
    current[worker] = (largest, true)
    return take(worker: worker)
  }

  /// Counts a finished item, and reports the count every 0.1 s or so, under the lock.
  func finished(report: (Int) -> Void) {
    lock.withLock {
      done += 1
      guard done % 64 == 0 else { return }
      let now = ContinuousClock.now
      guard now - lastReport >= .milliseconds(100) else { return }
      lastReport = now
      report(done)
    }
  }

  func record(_ error: Error, at position: Int) {
    lock.withLock {
      errors[position] = error
      firstErrorPosition = min(firstErrorPosition, position)
    }
  }

  var firstError: Error? {
    lock.withLock { errors[firstErrorPosition] }
  }
}
