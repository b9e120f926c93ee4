import FlyingSocks

/// The bytes of one server-sent-events response, as FlyingFox streams a body: each event is
/// handed out as soon as it is sent, one chunk of the chunked response per event.
struct EventStream: AsyncBufferedSequence, Sendable {
  typealias Element = UInt8

  let events: AsyncStream<[UInt8]>

  func makeAsyncIterator() -> Iterator { Iterator(events: events.makeAsyncIterator()) }

  struct Iterator: AsyncBufferedIteratorProtocol {
    var events: AsyncStream<[UInt8]>.AsyncIterator
    /// What is left of the last event when the reader asked for fewer bytes.
    var pending: ArraySlice<UInt8> = []

    mutating func next() async throws -> UInt8? {
      try await nextBuffer(suggested: 1)?.first
    }

    mutating func nextBuffer(suggested count: Int) async throws -> ArraySlice<UInt8>? {
      if pending.isEmpty {
        guard let event = await events.next() else { return nil }
        pending = event[...]
      }
      let taken = pending.prefix(Swift.max(1, count))
      pending = pending.dropFirst(taken.count)
      return taken
    }
  }
}
