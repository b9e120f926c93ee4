import Testing

@testable import SiteTemplates

/// ``DecimalText`` writes what `String(value)` does, on every path (one digit, two, more,
/// negative, beyond ten digits).
@Suite struct DecimalTextTests {
  @Test func writesWhatStringDoes() {
    let values =
      Array(-120...1_200) + [9_999, 10_000, 99_999_999, 9_999_999_999, 10_000_000_000, .max, .min]
    for value in values {
      var output: [UInt8] = Array("x".utf8)
      DecimalText.append(value, to: &output)
      #expect(output == Array("x\(value)".utf8))
    }
  }
}
