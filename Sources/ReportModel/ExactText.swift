#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A string compared and hashed by its exact UTF-8 bytes: much cheaper than `String`'s
/// Unicode-aware hashing for CJK text, and finer (two canonically equivalent spellings differ),
/// so used only where that cannot change an answer: as the key of a cache of a function of the
/// bytes, or of an index that falls back to the `String`-keyed one on a miss.
public struct ExactText: Hashable, Sendable {
  public let text: String

  public init(_ text: String) {
    self.text = text
  }

  public static func == (lhs: ExactText, rhs: ExactText) -> Bool {
    lhs.text.hasSameUTF8(as: rhs.text)
  }

  public func hash(into hasher: inout Hasher) {
    text.withUTF8Bytes { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
  }
}

extension String {
  /// Whether the two texts are the same bytes: then they are equal, and quicker to tell so
  /// than by `==`, which compares CJK text scalar by scalar for canonical equivalence.
  func hasSameUTF8(as other: String) -> Bool {
    utf8.count == other.utf8.count
      && withUTF8Bytes { left in
        other.withUTF8Bytes { right in
          left.count == 0 || memcmp(left.baseAddress!, right.baseAddress!, left.count) == 0
        }
      }
  }
}
