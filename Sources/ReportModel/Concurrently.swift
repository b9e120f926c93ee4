import Dispatch
import Synchronization

/// Runs `background` on another thread while `foreground` runs on this one, and returns both
/// results; rethrows `background`'s error before `foreground`'s.
///
/// The two are not two items of one `concurrentPerform` (as ``parallelMap(_:chunkSize:_:)``
/// would run them): libdispatch gives a `concurrentPerform` nested in another only its share
/// of the outer one's threads, so that a ``parallelMap(_:chunkSize:_:)`` inside either of two
/// items runs on one core. A ``parallelMap(_:chunkSize:_:)`` inside `foreground` uses every
/// core.
public func concurrently<A: Sendable, B, Failure: Error>(
  _ background: @escaping @Sendable () throws(Failure) -> A,
  _ foreground: () throws(Failure) -> B
) throws(Failure) -> (A, B) {
  let made = BackgroundResult<A, Failure>()
  let group = DispatchGroup()
  DispatchQueue.global().async(group: group) {
    let result = Result { () throws(Failure) -> A in try background() }
    made.result.withLock { $0 = result }
  }
  let second = Result { () throws(Failure) -> B in try foreground() }
  group.wait()
  let first = made.result.withLock { $0 }!
  return (try first.get(), try second.get())
}

/// What the background closure of ``concurrently(_:_:)`` returned or threw, once it has.
private final class BackgroundResult<Value: Sendable, Failure: Error>: Sendable {
  let result = Mutex<Result<Value, Failure>?>(nil)
}
