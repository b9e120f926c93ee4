/// YAML scalars that fill the rest of a line, read from UTF-8 bytes.
enum YAMLScalarBytes {
  /// The text of a plain or double-quoted scalar, `written` in `text`; nil when YAML might
  /// read it otherwise.
  static func value(_ written: UnsafeBufferPointer<UInt8>, in text: TextBytes) -> String? {
    guard isSafe(written), let first = written.first else { return nil }
    if first == UInt8(ascii: "\"") { return quoted(written) }
    // Indicators and spaces that make YAML read a plain scalar differently, or not at all.
    if isIndicator(first) || written.starts(with: ideographicSpace) { return nil }
    if let last = written.last, last == UInt8(ascii: " ") || last == UInt8(ascii: ":") {
      return nil
    }
    if written.count >= 3, written[(written.count - 3)...].elementsEqual(ideographicSpace) {
      return nil
    }
    var previous = UInt8(ascii: "x")
    for byte in written {
      if (previous == UInt8(ascii: ":") && byte == UInt8(ascii: " "))
        || (previous == UInt8(ascii: " ") && byte == UInt8(ascii: "#"))
      {
        return nil
      }
      previous = byte
    }
    if written.count <= 4,
      ["~", "null", "Null", "NULL"].contains(where: { $0.utf8.elementsEqual(written) })
    {
      return nil
    }
    return text.string(written)
  }

  /// Whether a plain scalar cannot start with `byte`: `-?:,[]{}#&*!|>'"%@` and space.
  private static func isIndicator(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","),
      UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"),
      UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"),
      UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"), UInt8(ascii: "\""),
      UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"), UInt8(ascii: " "):
      true
    default: false
    }
  }

  /// U+3000 in UTF-8.
  private static let ideographicSpace: [UInt8] = [0xE3, 0x80, 0x80]

  /// A double-quoted scalar with only the escapes ``YAMLText/quoted(_:)`` writes.
  private static func quoted(_ written: UnsafeBufferPointer<UInt8>) -> String? {
    guard written.count >= 2, written.last == UInt8(ascii: "\"") else { return nil }
    let inside = UnsafeBufferPointer(rebasing: written[1..<(written.count - 1)])
    var out: [UInt8] = []
    out.reserveCapacity(inside.count)
    var index = 0
    while index < inside.count {
      let byte = inside[index]
      index += 1
      if byte == UInt8(ascii: "\"") { return nil }
      guard byte == UInt8(ascii: "\\") else {
        out.append(byte)
        continue
      }
      guard index < inside.count else { return nil }
      let escape = inside[index]
      index += 1
      switch escape {
      case UInt8(ascii: "\""): out.append(UInt8(ascii: "\""))
      case UInt8(ascii: "\\"): out.append(UInt8(ascii: "\\"))
      case UInt8(ascii: "n"): out.append(UInt8(ascii: "\n"))
      case UInt8(ascii: "t"): out.append(UInt8(ascii: "\t"))
      case UInt8(ascii: "r"): out.append(UInt8(ascii: "\r"))
      case UInt8(ascii: "x"), UInt8(ascii: "u"):
        let digits = escape == UInt8(ascii: "x") ? 2 : 4
        // Yams drops an escaped byte order mark.
        guard let value = hex(inside, at: index, digits: digits), value != 0xFEFF,
          let scalar = Unicode.Scalar(value)
        else { return nil }
        index += digits
        UTF8.encode(scalar) { out.append($0) }
      default:
        return nil
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// The value of `digits` hexadecimal digits at `index`.
  private static func hex(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, digits: Int)
    -> UInt32?
  {
    guard index + digits <= bytes.count else { return nil }
    var value: UInt32 = 0
    for byte in bytes[index..<(index + digits)] {
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      default: return nil
      }
      value = value * 16 + UInt32(digit)
    }
    return value
  }

  /// Whether every scalar is one that YAML reads as itself within a line: no control
  /// characters, no line or paragraph separators, no byte order mark, no non-characters.
  static func isSafe(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      index += 1
      switch byte {
      case 0..<0x20, 0x7F:
        return false
      case 0xC2:
        // U+0080…U+009F
        if index < bytes.count, (0x80...0x9F).contains(bytes[index]) { return false }
      case 0xE2:
        // U+2028, U+2029
        if index + 1 < bytes.count, bytes[index] == 0x80, (0xA8...0xA9).contains(bytes[index + 1]) {
          return false
        }
      case 0xEF:
        // U+FEFF, U+FFFE, U+FFFF
        if index + 1 < bytes.count,
          (bytes[index] == 0xBB && bytes[index + 1] == 0xBF)
            || (bytes[index] == 0xBF && (0xBE...0xBF).contains(bytes[index + 1]))
        {
          return false
        }
      default:
        continue
      }
    }
    return true
  }
}
