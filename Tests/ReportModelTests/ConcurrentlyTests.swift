import Foundation
import Synchronization
import Testing

@testable import ReportModel

/// `concurrently` gives both results, the background's error first, and leaves the foreground
/// every core: a `parallelMap` inside it is not nested in another `concurrentPerform` (where
/// libdispatch would run it on one thread of two).
@Suite struct ConcurrentlyTests {
  struct Failure: Error, Equatable {
    let name: String
  }

  @Test func givesBothResults() {
    let (first, second) = concurrently({ (1...100).reduce(0, +) }, { "foreground" })
    #expect(first == 5050)
    #expect(second == "foreground")
  }

  @Test func throwsTheBackgroundErrorFirst() {
    let ranForeground = Mutex(false)
    #expect(throws: Failure(name: "background")) {
      _ = try concurrently(
        { () throws(Failure) -> Int in throw Failure(name: "background") },
        { () throws(Failure) -> Int in
          ranForeground.withLock { $0 = true }
          throw Failure(name: "foreground")
        })
    }
    #expect(ranForeground.withLock { $0 })
    #expect(throws: Failure(name: "foreground")) {
      _ = try concurrently(
        { () throws(Failure) -> Int in 1 },
        { () throws(Failure) -> Int in throw Failure(name: "foreground") })
    }
  }

  @Test func foregroundMapsOnEveryCore() throws {
    try #require(ProcessInfo.processInfo.activeProcessorCount >= 2)
    let threads = Mutex<Set<UInt>>([])
    let clock = ContinuousClock()
    let deadline = clock.now + .seconds(10)
    let (_, mapped) = concurrently(
      { usleep(20_000) },
      {
        parallelMap(Array(0..<16), chunkSize: 1) { item -> Int in
          threads.withLock { _ = $0.insert(UInt(bitPattern: Int(bitPattern: pthread_self()))) }
          // Each item waits for a second thread to take one, however busy the machine and its
          // threads are (other tests map too); a map nested in another concurrentPerform has
          // one thread and waits until the deadline.
          while threads.withLock({ $0.count }) < 2, clock.now < deadline { usleep(1_000) }
          return item * 2
        }
      })
    #expect(mapped == (0..<16).map { $0 * 2 })
    #expect(threads.withLock { $0.count } >= 2)
  }
}
