import Foundation
import Synchronization

/// What `serve` serves: the folder of the last good build, the diagnostics of the last build
/// when it failed, and the open event streams, told of every finished build.
final class LiveSite: Sendable {
  struct State {
    /// Counts finished builds, good or failed; pages carry it so that a page loaded before a
    /// build finished reloads.
    var generation = 0
    /// The last build's diagnostics when it failed; nil after a good build.
    var failure: String?
    var listeners: [Int: AsyncStream<[UInt8]>.Continuation] = [:]
    var nextListener = 0
  }

  /// The last good site (the private output folder).
  let folder: URL
  private let state = Mutex(State())

  init(folder: URL) {
    self.folder = folder
  }

  var generation: Int { state.withLock { $0.generation } }
  var failure: String? { state.withLock { $0.failure } }

  /// Records a finished build (`failure` nil when it succeeded) and tells every open page.
  func finished(failure: String?) {
    let (generation, listeners) = state.withLock { state in
      state.generation += 1
      state.failure = failure
      return (state.generation, Array(state.listeners.values))
    }
    let event = Array("event: reload\ndata: \(generation)\n\n".utf8)
    for listener in listeners { listener.yield(event) }
  }

  /// A new event stream: first the current generation (`hello`), then a `reload` event after
  /// each build, and a comment every 15 s so that proxies keep the connection open.
  func subscribe() -> AsyncStream<[UInt8]> {
    let (stream, continuation) = AsyncStream.makeStream(of: [UInt8].self)
    let id = state.withLock { state in
      let id = state.nextListener
      state.nextListener += 1
      state.listeners[id] = continuation
      continuation.yield(Array("retry: 500\nevent: hello\ndata: \(state.generation)\n\n".utf8))
      return id
    }
    let keepAlive = Task {
      while !Task.isCancelled {
        try await Task.sleep(for: .seconds(15))
        continuation.yield(Array(": keep-alive\n\n".utf8))
      }
    }
    continuation.onTermination = { [weak self] _ in
      keepAlive.cancel()
      _ = self?.state.withLock { $0.listeners.removeValue(forKey: id) }
    }
    return stream
  }
}
