import Synchronization

/// What a ``BuildSession``'s builds left at paths of the site: the values of the last build
/// that put its site in place, and those the build under way has set so far. A path the build
/// under way does not set keeps the value the last builds left.
///
/// The session keeps the open data's files so (see ``KeptOpenDataFile``), and the narratives
/// each full-text page showed (a build that may keep old files unread, see ``KeptFiles``,
/// keeps such a page when its narratives are those kept, without rendering or reading it).
final class KeptByPath<Value: Sendable>: Sendable {
  private struct State {
    var kept: [String: Value] = [:]
    var pending: [String: Value] = [:]
  }
  private let state = Mutex(State())

  /// Records that the build under way leaves `value` at `path`, and returns what the last
  /// build that succeeded left there.
  func set(_ path: String, returningKept value: Value) -> Value? {
    state.withLock { state in
      state.pending[path] = value
      return state.kept[path]
    }
  }

  /// The value at `path` as the last build that succeeded left it.
  func value(_ path: String) -> Value? { state.withLock { $0.kept[path] } }

  /// Records that the build under way leaves `value` at `path`.
  func set(_ path: String, _ value: Value) {
    state.withLock { $0.pending[path] = value }
  }

  /// Ends a build that put its site in place: what it set is now the site's.
  func finish() {
    state.withLock { state in
      state.kept.merge(state.pending) { _, new in new }
      state.pending = [:]
    }
  }

  /// Ends a failed build: the old site stays, and what the build set is forgotten.
  func abandon() {
    state.withLock { $0.pending = [:] }
  }
}
