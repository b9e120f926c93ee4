import Dispatch
import Foundation
import Synchronization

/// The cache beside an output folder (``BuildCache/load(output:key:)``) read on another
/// thread, started as soon as the build holds the output's lock, so that reading and checking
/// its 26 MB (at 10,000 tasks × 4 rounds) runs while the content folder is listed; a build
/// that finds its output up to date ends without waiting for it.
///
/// The caller holds the output's lock from before the load starts until the cache is used, as
/// for a load made in line: no other build writes the cache meanwhile.
public final class BuildCacheLoad: Sendable {
  private let group = DispatchGroup()
  private let found = Mutex<(cache: BuildCache?, ignored: String?)>((nil, nil))

  /// Starts reading the cache of `output` written for `key`.
  public init(output: URL, key: BuildCache.Key) {
    group.enter()
    DispatchQueue.global().async { [self] in
      let loaded = BuildCache.load(output: output, key: key)
      found.withLock { $0 = loaded }
      group.leave()
    }
  }

  /// What ``BuildCache/load(output:key:)`` gives. Waits for the load; the value is handed
  /// over, not kept.
  public func take() -> (cache: BuildCache?, ignored: String?) {
    group.wait()
    return found.withLock { found in
      defer { found = (nil, nil) }
      return found
    }
  }
}
