/// The name of a report and of its folder under `Content/reports/` and under the site's root,
/// e.g. `2021`: an ASCII letter or digit, then up to 31 letters, digits or `-`.
public struct ReportID: Hashable, Comparable, Sendable, CustomStringConvertible {
  public let rawValue: String

  /// Nil when `rawValue` does not match `^[0-9A-Za-z][0-9A-Za-z-]{0,31}$`.
  public init?(_ rawValue: String) {
    let bytes = Array(rawValue.utf8)
    func isAlphanumeric(_ byte: UInt8) -> Bool {
      (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
        || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }
    guard let first = bytes.first, bytes.count <= 32, isAlphanumeric(first),
      bytes.allSatisfy({ isAlphanumeric($0) || $0 == UInt8(ascii: "-") })
    else { return nil }
    self.rawValue = rawValue
  }

  public var description: String { rawValue }

  public static func < (lhs: ReportID, rhs: ReportID) -> Bool { lhs.rawValue < rhs.rawValue }

  /// The id of a report that nothing names: the one a single report made in code gets.
  public static let unnamed = ReportID("report")!
}
