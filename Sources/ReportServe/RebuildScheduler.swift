import Synchronization

/// One rebuild per burst of changes: after a change, waits until no change has come for
/// ``quiet``, then builds once; changes that come during a build cause one more build. When
/// the last change so far completes a task file's save (see
/// ``ChangeWatcher/completesASave(mask:name:)``), the file is whole and the wait is only
/// ``settle``: long enough for the events that follow a save in the same instant (Foundation's
/// atomic write renames its temporary file into place, then closes it: `IN_MOVED_TO`, then
/// `IN_CLOSE_WRITE` of the same name), which would otherwise cause a second build.
///
/// An editor's save is one burst of a few events within a millisecond or so (measured here:
/// vim's write, ATTRIB and CLOSE_WRITE within 0.3 ms; a save by rename, 0.25 ms; `sed -i`'s
/// temporary file and rename within 12 ms on the loaded machine), so the default ``quiet`` of
/// 20 ms sees one burst whole and adds little to the time an edit takes to show.
final class RebuildScheduler: Sendable {
  struct State {
    /// Changes seen so far.
    var changes = 0
    /// When the first change not yet built came.
    var firstPending: ContinuousClock.Instant?
    /// Whether the last change seen completes a task file's save.
    var lastCompletesASave = false
  }

  let quiet: Duration
  let settle: Duration
  private let state = Mutex(State())
  private let signals: AsyncStream<Void>.Continuation
  private let stream: AsyncStream<Void>

  init(quiet: Duration = .milliseconds(20), settle: Duration = .milliseconds(3)) {
    self.quiet = quiet
    self.settle = settle
    (stream, signals) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
  }

  /// Records a change; called from the watcher's thread. `completingASave` tells that the
  /// change leaves a task file whole at the end of a save.
  func changed(completingASave: Bool = false) {
    state.withLock { state in
      state.changes += 1
      state.lastCompletesASave = completingASave
      if state.firstPending == nil { state.firstPending = .now }
    }
    signals.yield()
  }

  /// How long the burst's changes so far are given to be followed by another before the
  /// build: ``settle`` after a change that completes a save, else ``quiet``.
  var nextWait: Duration { state.withLock { $0.lastCompletesASave ? settle : quiet } }

  /// Runs `build` once per burst of changes, until the task is cancelled; `build` gets the
  /// time the burst's first change came.
  func run(_ build: @Sendable (ContinuousClock.Instant) async -> Void) async {
    var built = 0
    for await _ in stream {
      var seen = state.withLock { $0.changes }
      guard seen != built else { continue }
      while true {
        do { try await Task.sleep(for: nextWait) } catch { return }
        let now = state.withLock { $0.changes }
        if now == seen { break }
        seen = now
      }
      let first = state.withLock { state in
        defer { state.firstPending = nil }
        return state.firstPending ?? .now
      }
      built = seen
      await build(first)
    }
  }
}
