import Foundation
import Synchronization
import Testing

@testable import ReportServe

#if canImport(Glibc)
  import Glibc

  /// `serve`'s scheduler: a burst whose last change completes a task file's save is built
  /// after a short settle time; any other burst waits for the quiet time.
  @Suite struct RebuildSchedulerTests {
    /// Runs `scheduler`, gives it `changes`, and returns whether a build began within
    /// `seconds`.
    func builds(
      _ scheduler: RebuildScheduler, within seconds: Double, after changes: () -> Void
    ) async throws -> Bool {
      let started = Mutex(false)
      let running = Task { await scheduler.run { _ in started.withLock { $0 = true } } }
      defer { running.cancel() }
      changes()
      let deadline = ContinuousClock.now + .seconds(seconds)
      while ContinuousClock.now < deadline {
        if started.withLock({ $0 }) { return true }
        try await Task.sleep(for: .milliseconds(5))
      }
      return started.withLock { $0 }
    }

    @Test func aCompletedSaveIsBuiltWithoutTheQuietWait() async throws {
      let scheduler = RebuildScheduler(quiet: .seconds(60))
      #expect(
        try await builds(scheduler, within: 10) {
          // A save by Foundation's atomic write: renamed into place, then closed.
          scheduler.changed(completingASave: true)
          scheduler.changed(completingASave: true)
        })
    }

    @Test func otherChangesWaitForTheQuietTime() async throws {
      let scheduler = RebuildScheduler(quiet: .seconds(60), settle: .seconds(60))
      // A save's first events (a new file, written), then a change after the save's end.
      #expect(try await !builds(scheduler, within: 0.5) { scheduler.changed() })
      let again = RebuildScheduler(quiet: .seconds(60), settle: .milliseconds(1))
      #expect(
        try await !builds(again, within: 0.5) {
          again.changed(completingASave: true)
          again.changed()
        })
    }

    @Test func onlyAWholeTaskFileEndsASave() {
      let closed = UInt32(IN_CLOSE_WRITE)
      let moved = UInt32(IN_MOVED_TO)
      #expect(ChangeWatcher.completesASave(mask: closed, name: "3.md"))
      #expect(ChangeWatcher.completesASave(mask: moved, name: "3.md"))
      #expect(!ChangeWatcher.completesASave(mask: UInt32(IN_MODIFY), name: "3.md"))
      #expect(!ChangeWatcher.completesASave(mask: UInt32(IN_CREATE), name: "3.md"))
      #expect(!ChangeWatcher.completesASave(mask: closed, name: "site.yml"))
      #expect(!ChangeWatcher.completesASave(mask: moved | UInt32(IN_ISDIR), name: "x.md"))
    }
  }
#endif
