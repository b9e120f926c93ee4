/// Writes YAML scalars the way a person would: plain where YAML reads them back as the same
/// text, double-quoted otherwise.
enum YAMLText {
  /// `value` as a YAML scalar.
  static func scalar(_ value: String) -> String {
    needsQuotes(value) ? quoted(value) : value
  }

  static func quoted(_ value: String) -> String {
    var out = "\""
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      case "\r": out += "\\r"
      case "\u{FEFF}": out += "\\uFEFF"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F {
          let hex = String(scalar.value, radix: 16, uppercase: true)
          out += "\\x" + String(repeating: "0", count: 2 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }

  private static let reservedWords: Set<String> = [
    "true", "false", "yes", "no", "on", "off", "null", "~", "y", "n",
  ]

  private static func needsQuotes(_ value: String) -> Bool {
    guard let first = value.first, let last = value.last else { return true }
    if " \t\u{3000}".contains(first) || " \t\u{3000}".contains(last) { return true }
    if "-?:,[]{}#&*!|>'\"%@`".contains(first) { return true }
    // Every reserved word is ASCII and at most five bytes long, in any case.
    if value.utf8.count <= 5, reservedWords.contains(value.lowercased()) { return true }
    if last == ":" || containsIndicator(value) { return true }
    if value.unicodeScalars.contains(where: { $0.value < 0x20 || $0 == "\u{FEFF}" }) {
      return true
    }
    // Numbers and dates would still read back as text here, but other tools would not.
    if value.allSatisfy({ $0.isASCII && ($0.isNumber || ".-+_:eE".contains($0)) }) { return true }
    return false
  }

  /// Whether `value` holds `: ` or ` #`, which YAML would read as a mapping or a comment; one
  /// pass over its bytes (a report has thousands of long task texts).
  private static func containsIndicator(_ value: String) -> Bool {
    var previous: UInt8 = 0
    for byte in value.utf8 {
      if previous == UInt8(ascii: ":") && byte == UInt8(ascii: " ")
        || previous == UInt8(ascii: " ") && byte == UInt8(ascii: "#")
      {
        return true
      }
      previous = byte
    }
    return false
  }

  /// A list of scalars as a block sequence at `indent`.
  static func list(_ values: [String], indent: String) -> String {
    values.map { indent + "- " + scalar($0) + "\n" }.joined()
  }
}
