import Foundation
import Testing

@testable import ReportServe

#if canImport(Glibc)
  import Glibc

  /// `serve`'s scheduler: a burst whose last change completes a task file's save is built
  /// after a short settle time; any other burst waits for the quiet time. (What it waits is
  /// tested, not the waiting: the other suites, run meanwhile, may keep the cooperative
  /// threads busy for minutes.)
  @Suite struct RebuildSchedulerTests {
    let quiet = Duration.seconds(20)
    let settle = Duration.milliseconds(3)

    @Test func aCompletedSaveWaitsOnlyTheSettleTime() {
      let scheduler = RebuildScheduler(quiet: quiet, settle: settle)
      // A save by Foundation's atomic write: renamed into place, then closed.
      scheduler.changed(completingASave: true)
      #expect(scheduler.nextWait == settle)
      scheduler.changed(completingASave: true)
      #expect(scheduler.nextWait == settle)
    }

    @Test func otherChangesWaitForTheQuietTime() {
      let scheduler = RebuildScheduler(quiet: quiet, settle: settle)
      // A save's first events (a new file, written).
      scheduler.changed()
      #expect(scheduler.nextWait == quiet)
      // A change after the save's end: the burst goes on.
      scheduler.changed(completingASave: true)
      scheduler.changed()
      #expect(scheduler.nextWait == quiet)
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
