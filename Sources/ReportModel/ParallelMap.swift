import Dispatch

/// `transform` over `items` on all cores; results come in the order of `items`, so output built
/// from them stays deterministic.
public func parallelMap<T: Sendable, R: Sendable>(
  _ items: [T], chunkSize: Int = 32, _ transform: @Sendable (T) -> R
) -> [R] {
  if items.count <= chunkSize { return items.map(transform) }
  let slots = ResultSlots<R>(count: items.count)
  let chunks = (items.count + chunkSize - 1) / chunkSize
  DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
    let range = (chunk * chunkSize)..<min(items.count, (chunk + 1) * chunkSize)
    for index in range { slots.store(transform(items[index]), at: index) }
  }
  return slots.values()
}

/// One slot per result; each index is written by exactly one worker, so the buffer is
/// allocated once and never reallocated while workers write.
private final class ResultSlots<R>: @unchecked Sendable {
  private let buffer: UnsafeMutableBufferPointer<R?>

  init(count: Int) {
    buffer = .allocate(capacity: count)
    buffer.initialize(repeating: nil)
  }

  deinit {
    buffer.deinitialize()
    buffer.deallocate()
  }

  func store(_ value: R, at index: Int) { buffer[index] = value }

  func values() -> [R] { buffer.map { $0! } }
}
