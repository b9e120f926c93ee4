import Synchronization

/// The inputs of pages a ``BuildSession``'s builds rendered, by path in the site, for the
/// pages whose inputs beyond the site's structure are narratives (the full text's pages): the
/// rendered narratives they show, in order. A build that may keep old files unread (see
/// ``KeptFiles``) keeps such a page when its narratives are those kept (the same `String`s,
/// compared by reference first), without rendering or reading it.
final class KeptPageInputs: Sendable {
  private struct State {
    var kept: [String: [String]] = [:]
    var pending: [String: [String]] = [:]
  }
  private let state = Mutex(State())

  /// The size of the old site's file `path`, when `files` lets this build keep it and the
  /// last builds rendered it from `inputs`; nil otherwise. Either way the new site's page at
  /// `path` is then made of `inputs`.
  func keptSize(of path: String, inputs: [String], files: KeptFiles) -> Int? {
    let same = state.withLock { state in
      state.pending[path] = inputs
      return state.kept[path] == inputs
    }
    return same ? files.size(path) : nil
  }

  /// Ends a build that put its site in place: the pages it made are now the site's.
  func finish() {
    state.withLock { state in
      state.kept.merge(state.pending) { _, new in new }
      state.pending = [:]
    }
  }

  /// Ends a failed build: the old site stays, with the pages it had.
  func abandon() {
    state.withLock { $0.pending = [:] }
  }
}
