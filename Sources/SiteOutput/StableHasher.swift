/// A 64-bit hash that is the same in every process and on every run (unlike Swift's `Hasher`,
/// which is seeded per process), for fingerprints stored on disk. It reads eight bytes at a
/// time, FNV-1a style with a multiply-xorshift mix per word, so a fingerprint of a site's
/// inputs stays a small part of the cost of reading them. It finds changes, it does not resist
/// attacks.
public struct StableHasher: Sendable {
  private static let prime: UInt64 = 0x0000_0100_0000_01B3
  private static let mixer: UInt64 = 0x9E37_79B9_7F4A_7C15

  public private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

  public init() {}

  private mutating func mix(_ word: UInt64) {
    var hash = (value ^ word) &* Self.prime
    hash ^= hash >> 29
    hash = hash &* Self.mixer
    value = hash ^ (hash >> 32)
  }

  public mutating func combine(_ number: UInt64) { mix(number) }

  public mutating func combine(_ number: Int) { mix(UInt64(bitPattern: Int64(number))) }

  /// Adds `bytes` and their count, so that consecutive byte runs cannot run into each other.
  public mutating func combine(bytes: UnsafeRawBufferPointer) {
    mix(UInt64(bytes.count))
    var offset = 0
    while offset + 8 <= bytes.count {
      mix(UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
      offset += 8
    }
    if offset < bytes.count {
      var tail: UInt64 = 0
      for index in offset..<bytes.count {
        tail |= UInt64(bytes[index]) << (8 * UInt64(index - offset))
      }
      mix(tail)
    }
  }

  public mutating func combine(_ text: String) {
    var text = text
    text.withUTF8 { combine(bytes: UnsafeRawBufferPointer($0)) }
  }

  /// The hash of a set of items from the hashes of its items, whatever their order: their
  /// count and wrapping sum (each item's hash is well mixed, so the sum is too).
  public static func unordered(_ hashes: some Sequence<UInt64>) -> UInt64 {
    var count: UInt64 = 0
    var sum: UInt64 = 0
    for hash in hashes {
      count += 1
      sum &+= hash
    }
    var hasher = StableHasher()
    hasher.combine(count)
    hasher.combine(sum)
    return hasher.value
  }

  /// The value as 16 lower-case hexadecimal digits.
  public var hex: String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
