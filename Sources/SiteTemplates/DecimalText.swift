/// Whole numbers as decimal ASCII digits, without making a `String`.
public enum DecimalText {
  public static func append(_ value: Int, to output: inout [UInt8]) {
    // Most numbers written (a search index's deltas, counts) have one or two digits.
    if value >= 0, value < 100 {
      if value >= 10 { output.append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: value / 10)) }
      output.append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: value % 10))
      return
    }
    guard value >= 0, value < 10_000_000_000 else {
      output.append(contentsOf: String(value).utf8)
      return
    }
    var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
      (0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    var remaining = value
    var count = 0
    withUnsafeMutableBytes(of: &digits) { buffer in
      repeat {
        buffer[9 - count] = UInt8(ascii: "0") + UInt8(remaining % 10)
        remaining /= 10
        count += 1
      } while remaining > 0
      output.append(contentsOf: buffer[(10 - count)...])
    }
  }
}
