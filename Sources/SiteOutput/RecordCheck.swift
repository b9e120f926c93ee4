import Dispatch
import Foundation
import Synchronization

/// The record of the site in an output folder, read and checked against the folder's files
/// (``BuildRecord/matches(folder:)``, a `stat` of every file) on another thread, started as
/// soon as the build holds the output's lock, so that it runs while the content is read.
///
/// The caller holds the output's lock from before the check starts until the new site is in
/// place, as for a check made in line: the folder checked is the folder the build replaces.
public final class RecordCheck: Sendable {
  private let group = DispatchGroup()
  private let found = Mutex<BuildRecord?>(nil)

  /// Starts the check of the record in `output`.
  public init(output: URL) {
    group.enter()
    DispatchQueue.global().async { [self] in
      let record = BuildRecord.trusted(in: output)
      found.withLock { $0 = record }
      group.leave()
    }
  }

  /// The record when the folder holds exactly its files; nil otherwise. Waits for the check.
  public func record() -> BuildRecord? {
    group.wait()
    return found.withLock { $0 }
  }
}
