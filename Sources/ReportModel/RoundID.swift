/// The name of an inspection round and of its folder under `Content/rounds/`, e.g. `2020-12-16`.
/// Letters, digits, `-`, `_` and `.` only, so that it is safe in paths and URLs.
public struct RoundID: Hashable, Comparable, Sendable, CustomStringConvertible {
  public let rawValue: String

  /// Nil when `rawValue` is empty, starts with a dot or holds other characters.
  public init?(_ rawValue: String) {
    guard !rawValue.isEmpty, !rawValue.hasPrefix("."),
      rawValue.unicodeScalars.allSatisfy({ scalar in
        scalar.isASCII
          && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
            || scalar == "-" || scalar == "_" || scalar == ".")
      })
    else { return nil }
    self.rawValue = rawValue
  }

  public var description: String { rawValue }

  public static func < (lhs: RoundID, rhs: RoundID) -> Bool { lhs.rawValue < rhs.rawValue }
}
