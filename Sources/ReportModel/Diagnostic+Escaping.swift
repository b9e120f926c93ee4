extension Diagnostic {
  /// `text` with every invisible character shown as an escape, so that a message about content
  /// says what the content holds: control characters (NUL is `\u0000`, a tab `\u0009`), line and
  /// paragraph separators and format characters (zero-width spaces, direction overrides, the
  /// byte order mark). Scalars above U+FFFF are written `\u{E0001}`.
  public static func visible(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isInvisible) else { return text }
    var out = ""
    out.reserveCapacity(text.utf8.count + 16)
    for scalar in text.unicodeScalars {
      guard isInvisible(scalar) else {
        out.unicodeScalars.append(scalar)
        continue
      }
      let digits = String(scalar.value, radix: 16, uppercase: true)
      out +=
        scalar.value > 0xFFFF
        ? "\\u{\(digits)}" : "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
    }
    return out
  }

  private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { return true }
    guard scalar.value >= 0xAD else { return false }
    switch scalar.properties.generalCategory {
    case .control, .format, .lineSeparator, .paragraphSeparator: return true
    default: return false
    }
  }
}
