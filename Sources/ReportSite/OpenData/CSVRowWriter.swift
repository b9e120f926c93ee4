import ReportModel
import SiteTemplates

/// A line of `tasks.csv` written straight into UTF-8 bytes: each cell neutralised (see
/// ``SpreadsheetText/neutralised(_:)``) and quoted as RFC 4180 asks (in double quotes, inner quotes
/// doubled, when it holds a comma, quote or line end), without a `String` per cell. A cell may be written in pieces (``beginCell()``, ``text(_:)``,
/// ``endCell()``), so that a list joined with `、` needs no joined copy.
struct CSVRowWriter {
  private(set) var bytes: [UInt8]
  /// Where the open cell begins in ``bytes``.
  private var cellStart = 0

  init(capacity: Int) {
    bytes = []
    bytes.reserveCapacity(capacity)
  }

  /// Opens a cell after a comma, unless it is the line's first.
  mutating func beginCell(first: Bool = false) {
    if !first { bytes.append(UInt8(ascii: ",")) }
    cellStart = bytes.count
  }

  /// Appends `piece` to the open cell as it is.
  mutating func text(_ piece: String) {
    var piece = piece
    piece.withUTF8 { bytes.append(contentsOf: $0) }
  }

  /// Appends bytes written before (a part of a line) as they are.
  mutating func append(_ written: [UInt8]) { bytes.append(contentsOf: written) }

  /// Appends the decimal digits of `value` to the open cell.
  mutating func number(_ value: Int) { DecimalText.append(value, to: &bytes) }

  /// Appends `pieces` to the open cell with `separator` between them.
  mutating func joined(_ pieces: [String], separator: String) {
    for (position, piece) in pieces.enumerated() {
      if position > 0 { text(separator) }
      text(piece)
    }
  }

  /// A whole cell.
  mutating func cell(_ text: String, first: Bool = false) {
    beginCell(first: first)
    self.text(text)
    endCell()
  }

  /// Closes the open cell: an apostrophe before a formula, quotes around a comma, quote or
  /// line end, inner quotes doubled.
  mutating func endCell() {
    let start = cellStart
    guard start < bytes.count else { return }
    var special = false
    var quotes = 0
    bytes.withUnsafeBufferPointer { all in
      guard let base = all.baseAddress else { return }
      var index = start
      while index < all.count {
        // Eight bytes at a time while none of them is a quote, comma or line end.
        if index + 8 <= all.count,
          !Self.maybeSpecial(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
        {
          index += 8
          continue
        }
        let byte = base[index]
        index += 1
        if byte == UInt8(ascii: "\"") {
          quotes += 1
        } else if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\n")
          || byte == UInt8(ascii: "\r")
        {
          special = true
        }
      }
    }
    let apostrophe = Self.mayBeFormula(bytes[start]) && needsApostrophe(from: start)
    guard special || quotes > 0 else {
      if apostrophe { bytes.insert(UInt8(ascii: "'"), at: start) }
      return
    }
    var quoted: [UInt8] = [UInt8(ascii: "\"")]
    quoted.reserveCapacity(bytes.count - start + quotes + 3)
    if apostrophe { quoted.append(UInt8(ascii: "'")) }
    for byte in bytes[start...] {
      quoted.append(byte)
      if byte == UInt8(ascii: "\"") { quoted.append(byte) }
    }
    quoted.append(UInt8(ascii: "\""))
    bytes.replaceSubrange(start..., with: quoted)
  }

  /// Whether one of the eight bytes of `word` is a quote, comma, `\n` or `\r`; false only when
  /// none is.
  @inline(__always)
  private static func maybeSpecial(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let high: UInt64 = 0x8080_8080_8080_8080
    func hasZero(_ value: UInt64) -> UInt64 { (value &- ones) & ~value & high }
    return hasZero(word ^ (ones &* 0x22)) | hasZero(word ^ (ones &* 0x2C))
      | hasZero(word ^ (ones &* 0x0A)) | hasZero(word ^ (ones &* 0x0D)) != 0
  }

  /// Ends the line (CRLF).
  mutating func endLine() {
    bytes.append(UInt8(ascii: "\r"))
    bytes.append(UInt8(ascii: "\n"))
  }

  /// Whether a cell beginning with `byte` may begin with a formula's first character.
  private static func mayBeFormula(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"),
      UInt8(ascii: "\t"), UInt8(ascii: "\r"):
      return true
    default: return false
    }
  }

  /// Whether the cell from `start` is one that ``SpreadsheetText/neutralised(_:)`` changes (its
  /// first character, a whole grapheme, decides: `\r\n` or `-` with a combining mark is none).
  private func needsApostrophe(from start: Int) -> Bool {
    let cell = String(decoding: bytes[start...], as: UTF8.self)
    return SpreadsheetText.neutralised(cell).utf8.count != cell.utf8.count
  }
}
