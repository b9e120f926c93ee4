/// Integers written as decimal digits straight into bytes, as `String(value)` writes them.
public enum DecimalText {
  /// How many characters `String(value)` has: its digits, and a minus sign when negative.
  @inlinable
  public static func count(_ value: Int) -> Int {
    var count = value < 0 ? 2 : 1
    var magnitude = value.magnitude
    while magnitude >= 10 {
      magnitude /= 10
      count += 1
    }
    return count
  }
}
