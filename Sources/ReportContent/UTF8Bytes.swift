import ReportModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Searching and judging UTF-8 bytes.
enum UTF8Bytes {
  /// The first index of `byte` in `bytes` at or after `start`.
  static func index(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
    guard start < bytes.count, let base = bytes.baseAddress,
      let found = memchr(base + start, Int32(byte), bytes.count - start)
    else { return nil }
    return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
  }

  /// Whether the scalar at the start of `bytes` (valid UTF-8) begins a character after a
  /// space, rather than joining it as a mark: so that a space before it is a character of
  /// its own, as YAML and the reference reader take it.
  static func startsCharacter(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let lead = bytes.first else { return true }
    // ASCII, and the CJK ideographs U+4000…U+9FFF, never join.
    if lead < 0x80 || (0xE4...0xE9).contains(lead) { return true }
    let scalars = String(decoding: bytes.prefix(4), as: UTF8.self).unicodeScalars
    guard let scalar = scalars.first else { return false }
    var probe = " "
    probe.unicodeScalars.append(scalar)
    return probe.count == 2
  }
}
