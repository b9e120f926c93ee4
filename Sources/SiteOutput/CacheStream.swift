import Foundation

/// The bytes of a cache file (see ``BuildCache``) as they are laid out, written to a file in
/// parts of 1 MiB as they come, or kept whole in memory, with the checksum that
/// ``BuildCache/checksum(_:)`` gives of them made on the way, so that a cache of tens of
/// megabytes is never held twice in memory.
struct CacheStream {
  /// The file written; nil keeps the bytes in ``kept``.
  private let descriptor: Int32?
  /// Every byte, when there is no file.
  private(set) var kept: [UInt8] = []
  private var pending: [UInt8] = []
  private var partHashes: [UInt64] = []
  private var total = 0
  /// What went wrong writing, if anything (the rest is then not written).
  private(set) var failure: String?
  private let path: String

  /// A stream into the open file `descriptor` (at `path`, for messages), or into memory.
  init(descriptor: Int32?, path: String = "") {
    self.descriptor = descriptor
    self.path = path
    pending.reserveCapacity(2 * BuildCache.checksumPart)
  }

  mutating func append(_ bytes: some Collection<UInt8>) {
    pending.append(contentsOf: bytes)
    total += bytes.count
    guard pending.count >= BuildCache.checksumPart else { return }
    var start = 0
    while pending.count - start >= BuildCache.checksumPart {
      emitPart(pending[start..<(start + BuildCache.checksumPart)])
      start += BuildCache.checksumPart
    }
    pending.removeFirst(start)
  }

  /// Writes what is pending and the checksum.
  mutating func finish() {
    if !pending.isEmpty { emitPart(pending[...]) }
    pending = []
    let checksum = BuildCache.checksum(count: total, partHashes: partHashes)
    withUnsafeBytes(of: checksum.littleEndian) { emit($0) }
  }

  private mutating func emitPart(_ part: ArraySlice<UInt8>) {
    part.withUnsafeBytes {
      partHashes.append(BuildCache.partHash($0))
      emit($0)
    }
  }

  private mutating func emit(_ bytes: UnsafeRawBufferPointer) {
    guard let descriptor else {
      kept.append(contentsOf: bytes)
      return
    }
    guard failure == nil else { return }
    var offset = 0
    while offset < bytes.count {
      let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
      if written < 0, errno == EINTR { continue }
      guard written > 0 else {
        failure = "cannot write \(path): \(String(cString: strerror(errno)))"
        return
      }
      offset += written
    }
  }
}
