import SiteTemplates

/// Writes JSON the way `JSONEncoder` does with `.prettyPrinted, .sortedKeys,
/// .withoutEscapingSlashes`, byte for byte (`OpenDataTests` compares the two): two spaces per
/// level, `"key" : value`, an empty array or object as an open and a close bracket with an empty
/// line between them, non-ASCII text as UTF-8, control characters escaped.
///
/// The caller writes each object's keys in sorted order; the writer only lays them out. It is
/// many times faster than `JSONEncoder`, which goes through `Encodable` and boxes every value.
struct PrettyJSON {
  private(set) var bytes: [UInt8] = []
  /// For each open object or array: whether it has no element yet.
  private var empty: [Bool] = []
  /// Whether to write without any whitespace, as `JSONEncoder` does without `.prettyPrinted`.
  private let compact: Bool

  init(capacity: Int = 1 << 16, compact: Bool = false) {
    bytes.reserveCapacity(capacity)
    self.compact = compact
  }

  mutating func beginObject() { open(UInt8(ascii: "{")) }
  mutating func endObject() { close(UInt8(ascii: "}")) }
  mutating func beginArray() { open(UInt8(ascii: "[")) }
  mutating func endArray() { close(UInt8(ascii: "]")) }

  /// Starts the member `name` of the open object; write its value next.
  mutating func key(_ name: StaticString) {
    newElement()
    bytes.append(UInt8(ascii: "\""))
    bytes.append(
      contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
    bytes.append(contentsOf: (compact ? "\":" : "\" : ").utf8)
  }

  /// Starts the next element of the open array; write its value next.
  mutating func element() { newElement() }

  mutating func string(_ value: String) {
    var value = value
    bytes.append(UInt8(ascii: "\""))
    value.withUTF8 { text in
      EscapingScan.append(
        text, to: &bytes, mayNeedEscaping: Self.mayNeedEscaping,
        needsEscaping: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") },
        escape: { byte, bytes in
          bytes.append(UInt8(ascii: "\\"))
          switch byte {
          case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
          case 0x08: bytes.append(UInt8(ascii: "b"))
          case 0x0C: bytes.append(UInt8(ascii: "f"))
          case UInt8(ascii: "\n"): bytes.append(UInt8(ascii: "n"))
          case UInt8(ascii: "\r"): bytes.append(UInt8(ascii: "r"))
          case UInt8(ascii: "\t"): bytes.append(UInt8(ascii: "t"))
          default:
            let hex = Array("0123456789abcdef".utf8)
            bytes.append(contentsOf: "u00".utf8)
            bytes.append(hex[Int(byte >> 4)])
            bytes.append(hex[Int(byte & 0x0F)])
          }
        })
    }
    bytes.append(UInt8(ascii: "\""))
  }

  /// Whether one of the eight bytes of `word` is a control character, `"` or `\`; false only
  /// when none is.
  @inline(__always)
  private static func mayNeedEscaping(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let high: UInt64 = 0x8080_8080_8080_8080
    func hasZero(_ value: UInt64) -> UInt64 { (value &- ones) & ~value & high }
    let control = (word &- ones &* 0x20) & ~word & high
    return control | hasZero(word ^ (ones &* 0x22)) | hasZero(word ^ (ones &* 0x5C)) != 0
  }

  mutating func string(_ value: String?) {
    if let value { string(value) } else { null() }
  }

  mutating func int(_ value: Int) { DecimalText.append(value, to: &bytes) }

  mutating func int(_ value: Int?) {
    if let value { int(value) } else { null() }
  }

  /// A line end, after the outermost value.
  mutating func newline() { bytes.append(0x0A) }

  /// Appends a whole value another writer wrote at the same depth (see ``OpenDataRow``).
  mutating func raw(_ value: some Collection<UInt8>) { bytes.append(contentsOf: value) }

  mutating func bool(_ value: Bool) { bytes.append(contentsOf: (value ? "true" : "false").utf8) }

  mutating func null() { bytes.append(contentsOf: "null".utf8) }

  /// The bytes written so far, which the writer then forgets (it goes on where they end).
  mutating func takeBytes() -> [UInt8] {
    defer { bytes.removeAll(keepingCapacity: true) }
    return bytes
  }

  /// An array of strings.
  mutating func strings(_ values: [String]) {
    beginArray()
    for value in values {
      element()
      string(value)
    }
    endArray()
  }

  private mutating func open(_ bracket: UInt8) {
    bytes.append(bracket)
    empty.append(true)
  }

  private mutating func close(_ bracket: UInt8) {
    if compact {
      empty.removeLast()
      bytes.append(bracket)
      return
    }
    if empty.removeLast() { bytes.append(UInt8(ascii: "\n")) }
    bytes.append(UInt8(ascii: "\n"))
    indent()
    bytes.append(bracket)
  }

  private mutating func newElement() {
    if compact {
      if empty[empty.count - 1] {
        empty[empty.count - 1] = false
      } else {
        bytes.append(UInt8(ascii: ","))
      }
      return
    }
    if empty[empty.count - 1] {
      empty[empty.count - 1] = false
      bytes.append(UInt8(ascii: "\n"))
    } else {
      bytes.append(contentsOf: ",\n".utf8)
    }
    indent()
  }

  private mutating func indent() {
    bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * empty.count))
  }
}
