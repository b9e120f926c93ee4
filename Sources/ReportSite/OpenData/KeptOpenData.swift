import Synchronization

/// The open-data files a ``BuildSession``'s builds wrote, by path in the site (see
/// ``KeptOpenDataFile``): those of the last build that succeeded, and those the build under
/// way has written or kept so far. A file the last build kept as it was stays known as the
/// build before wrote it.
final class KeptOpenData: Sendable {
  private struct State {
    var kept: [String: KeptOpenDataFile] = [:]
    var pending: [String: KeptOpenDataFile] = [:]
  }
  private let state = Mutex(State())

  /// The file at `path` as the last build that succeeded left it.
  func file(_ path: String) -> KeptOpenDataFile? { state.withLock { $0.kept[path] } }

  /// Records that the build under way leaves `file` at `path`.
  func keep(_ path: String, _ file: KeptOpenDataFile) {
    state.withLock { $0.pending[path] = file }
  }

  /// Ends a build that put its site in place: what it wrote is now the site's.
  func finish() {
    state.withLock { state in
      state.kept.merge(state.pending) { _, new in new }
      state.pending = [:]
    }
  }

  /// Ends a failed build: the old site stays, and what the build wrote is forgotten.
  func abandon() {
    state.withLock { $0.pending = [:] }
  }
}
