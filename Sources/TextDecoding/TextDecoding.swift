#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The encodings report-site reads: what offices' editors (Notepad, WPS, Excel, Word) save.
public enum SourceEncoding: String, Sendable, Hashable {
  case utf8 = "UTF-8"
  case utf8WithBOM = "UTF-8 with BOM"
  case utf16LittleEndian = "UTF-16LE"
  case utf16BigEndian = "UTF-16BE"
  case gb18030 = "GB18030"

  /// Whether a message should name the encoding (everything but plain UTF-8, the norm).
  public var isNoteworthy: Bool { self != .utf8 }
}

/// Text decoded from a file's bytes, with the encoding it was found in.
public struct DecodedText: Sendable, Hashable {
  public var text: String
  public var encoding: SourceEncoding

  public init(text: String, encoding: SourceEncoding) {
    self.text = text
    self.encoding = encoding
  }
}

/// Why bytes could not be read as text; each case knows the line (from 1) it concerns.
public enum TextDecodingError: Error, Sendable, Hashable {
  /// Not UTF-8 with a BOM / not UTF-16 with a BOM, though the BOM says so.
  case invalid(encoding: SourceEncoding, line: Int)
  /// Neither UTF-8 nor GB18030 (GBK).
  case unknownEncoding(line: Int)
  /// Decoded, but into U+FFFD or private-use characters: the guess of encoding is wrong or the
  /// file is damaged; publishing it would publish mojibake.
  case suspiciousCharacter(encoding: SourceEncoding, line: Int, column: Int, scalar: UInt32)
  /// Decodes as GBK but does not read as simplified Chinese (e.g. Big5 or another code page).
  case unlikelyGBK(line: Int)

  public var line: Int {
    switch self {
    case .invalid(_, let line), .unknownEncoding(let line), .unlikelyGBK(let line): line
    case .suspiciousCharacter(_, let line, _, _): line
    }
  }

  /// A one-line message without the location.
  public var message: String {
    switch self {
    case .invalid(let encoding, _):
      "the file starts with a \(encoding.rawValue) byte-order mark but is not valid \(encoding.rawValue)"
    case .unknownEncoding:
      "the file is neither UTF-8 nor GB18030/GBK text"
    case .suspiciousCharacter(let encoding, _, _, let scalar):
      "read as \(encoding.rawValue), the text holds U+\(hex(scalar)), a replacement or private-use character"
    case .unlikelyGBK:
      "the file is not UTF-8, and read as GBK it does not look like simplified Chinese (Big5?)"
    }
  }

  /// How to fix it.
  public var note: String {
    "open the file in an editor (WPS, Notepad) and save it as UTF-8, then try again"
  }

  private func hex(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }
}

/// Decoding of whole text files: UTF-8 with or without BOM, UTF-16 with BOM, and GB18030 (which
/// includes GBK and GB2312) through the C library's iconv. Nothing is guessed silently: a
/// decoding that yields U+FFFD or private-use characters is an error, and so is GBK that does
/// not read as simplified Chinese.
public enum TextDecoding {
  public static func decode(_ bytes: [UInt8]) -> Result<DecodedText, TextDecodingError> {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      let body = Array(bytes.dropFirst(3))
      guard let text = strictUTF8(body) else {
        return .failure(
          .invalid(
            encoding: .utf8WithBOM, line: lineOf(byteOffset: invalidUTF8Offset(body), in: body)))
      }
      return checked(DecodedText(text: text, encoding: .utf8WithBOM))
    }
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      let little = bytes[0] == 0xFF
      let encoding: SourceEncoding = little ? .utf16LittleEndian : .utf16BigEndian
      guard let text = utf16(Array(bytes.dropFirst(2)), littleEndian: little) else {
        return .failure(.invalid(encoding: encoding, line: 1))
      }
      return checked(DecodedText(text: text, encoding: encoding))
    }
    if let text = strictUTF8(bytes) {
      return checked(DecodedText(text: text, encoding: .utf8))
    }
    switch gb18030(bytes) {
    case .success(let text):
      if !looksLikeSimplifiedChinese(bytes) {
        return .failure(.unlikelyGBK(line: lineOf(byteOffset: invalidUTF8Offset(bytes), in: bytes)))
      }
      return checked(DecodedText(text: text, encoding: .gb18030))
    case .failure(let failure):
      return .failure(.unknownEncoding(line: lineOf(byteOffset: failure.offset, in: bytes)))
    }
  }

  /// The text when `bytes` are valid UTF-8, nil otherwise (no repair).
  public static func strictUTF8(_ bytes: [UInt8]) -> String? {
    String(validating: bytes, as: UTF8.self)
  }

  /// Rejects U+FFFD and private-use characters, which no report means to publish.
  static func checked(_ decoded: DecodedText) -> Result<DecodedText, TextDecodingError> {
    var line = 1
    var column = 1
    for scalar in decoded.text.unicodeScalars {
      if scalar == "\n" {
        line += 1
        column = 1
        continue
      }
      if isSuspicious(scalar.value) {
        return .failure(
          .suspiciousCharacter(
            encoding: decoded.encoding, line: line, column: column, scalar: scalar.value))
      }
      column += 1
    }
    return .success(decoded)
  }

  static func isSuspicious(_ value: UInt32) -> Bool {
    value == 0xFFFD || (0xE000...0xF8FF).contains(value) || value >= 0xF0000
  }

  static func utf16(_ bytes: [UInt8], littleEndian: Bool) -> String? {
    guard bytes.count % 2 == 0 else { return nil }
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var index = 0
    while index < bytes.count {
      let first = UInt16(bytes[index])
      let second = UInt16(bytes[index + 1])
      units.append(littleEndian ? first | second << 8 : first << 8 | second)
      index += 2
    }
    return String(validating: units, as: UTF16.self)
  }

  /// GB18030 through iconv, strictly: the byte offset of the first sequence it cannot convert
  /// on failure.
  static func gb18030(_ bytes: [UInt8]) -> Result<String, FailedAt> {
    let converter = iconv_open("UTF-8", "GB18030")
    guard converter != iconv_t(bitPattern: -1) else { return .failure(FailedAt(offset: 0)) }
    defer { iconv_close(converter) }
    var output = [UInt8](repeating: 0, count: bytes.count * 2 + 16)
    var input = bytes
    let inputCount = input.count
    var failedAt: Int?
    let produced = input.withUnsafeMutableBufferPointer { inBuffer in
      output.withUnsafeMutableBufferPointer { outBuffer -> Int in
        var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress)?
          .assumingMemoryBound(to: CChar.self)
        var inLeft = inputCount
        var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(
          outBuffer.baseAddress)?
          .assumingMemoryBound(to: CChar.self)
        var outLeft = outBuffer.count
        if inputCount > 0, iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) == -1 {
          failedAt = inputCount - inLeft
        }
        return outBuffer.count - outLeft
      }
    }
    if let failedAt { return .failure(FailedAt(offset: failedAt)) }
    guard let text = String(validating: output[..<produced], as: UTF8.self) else {
      return .failure(FailedAt(offset: 0))
    }
    return .success(text)
  }

  /// Simplified Chinese in GBK keeps almost every character in GB2312's rows (lead byte
  /// 0xA1–0xF7, trail 0xA1–0xFE); Big5 and other code pages put many trail bytes below 0xA1.
  /// True unless more than a quarter of at least ten double-byte characters fall outside.
  static func looksLikeSimplifiedChinese(_ bytes: [UInt8]) -> Bool {
    var total = 0
    var outside = 0
    var index = 0
    while index < bytes.count {
      let lead = bytes[index]
      guard lead >= 0x81, lead != 0xFF, index + 1 < bytes.count else {
        index += 1
        continue
      }
      let trail = bytes[index + 1]
      if (0x30...0x39).contains(trail) {  // a four-byte GB18030 sequence
        total += 1
        index += 4
        continue
      }
      total += 1
      if !((0xA1...0xF7).contains(lead) && trail >= 0xA1) { outside += 1 }
      index += 2
    }
    return total < 10 || outside * 4 <= total
  }

  /// Where iconv stopped: the offset of the first byte it could not convert.
  struct FailedAt: Error {
    var offset: Int
  }

  /// The offset of the first byte that makes `bytes` invalid UTF-8 (or 0).
  static func invalidUTF8Offset(_ bytes: [UInt8]) -> Int {
    var low = 0
    var high = bytes.count
    // The longest valid prefix, found by bisection over prefixes ending on a boundary.
    while low < high {
      let middle = (low + high + 1) / 2
      if String(validating: bytes[..<trimmedToBoundary(bytes, middle)], as: UTF8.self) != nil {
        low = middle
      } else {
        high = middle - 1
      }
    }
    return low
  }

  private static func trimmedToBoundary(_ bytes: [UInt8], _ end: Int) -> Int {
    var end = end
    while end > 0, end < bytes.count, bytes[end] & 0xC0 == 0x80 { end -= 1 }
    return end
  }

  /// The line (from 1) holding the byte at `offset`.
  public static func lineOf(byteOffset offset: Int, in bytes: [UInt8]) -> Int {
    1 + bytes[..<min(offset, bytes.count)].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
  }
}
