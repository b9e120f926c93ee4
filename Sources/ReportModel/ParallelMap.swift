import Dispatch

/// `transform` over `items` on all cores; results come in the order of `items`, so output built
/// from them stays deterministic.
public func parallelMap<T: Sendable, R: Sendable>(
  _ items: [T], chunkSize: Int = 32, _ transform: @Sendable (T) -> R
) -> [R] {
  if items.count <= chunkSize { return items.map(transform) }
  let chunks = (items.count + chunkSize - 1) / chunkSize
  // Each worker writes its results straight into the array's storage, each slot once.
  return [R](unsafeUninitializedCapacity: items.count) { buffer, count in
    let slots = ResultSlots(buffer)
    DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
      let range = (chunk * chunkSize)..<min(items.count, (chunk + 1) * chunkSize)
      for index in range { slots.initialize(index, to: transform(items[index])) }
    }
    count = items.count
  }
}

/// The uninitialized storage of the results; each index is written by exactly one worker, and
/// the storage is neither read nor reallocated while workers write.
private struct ResultSlots<R>: @unchecked Sendable {
  private let buffer: UnsafeMutableBufferPointer<R>

  init(_ buffer: UnsafeMutableBufferPointer<R>) {
    self.buffer = buffer
  }

  func initialize(_ index: Int, to value: R) {
    precondition(buffer.indices.contains(index), "result \(index) is out of range")
    buffer.initializeElement(at: index, to: value)
  }
}
