/// Bytes of a compact binary layout written field after field (see ``ByteReader``, which reads
/// them back): integers as LEB128 variable-length numbers (zigzag for signed ones), fixed
/// 64-bit words little-endian, strings and byte runs with their length first. For the build's
/// cache beside the output, where 40,000 parsed task files must load in milliseconds.
public struct ByteWriter: Sendable {
  public private(set) var bytes: [UInt8] = []

  public init(capacity: Int = 0) {
    bytes.reserveCapacity(capacity)
  }

  /// An unsigned number in 1 to 10 bytes, seven bits a byte, low bits first.
  public mutating func write(_ number: UInt64) {
    var rest = number
    while rest >= 0x80 {
      bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
      rest >>= 7
    }
    bytes.append(UInt8(rest))
  }

  /// A signed number, zigzag-mapped so that small negative numbers stay short.
  public mutating func write(_ number: Int) {
    let wide = Int64(number)
    write(UInt64(bitPattern: (wide << 1) ^ (wide >> 63)))
  }

  public mutating func write(_ flag: Bool) {
    bytes.append(flag ? 1 : 0)
  }

  /// Eight bytes, little-endian, whatever the value (for digests and times).
  public mutating func writeWord(_ word: UInt64) {
    withUnsafeBytes(of: word.littleEndian) { bytes.append(contentsOf: $0) }
  }

  /// The string's UTF-8 bytes, after their count.
  public mutating func write(_ text: String) {
    var text = text
    text.withUTF8 { utf8 in
      write(UInt64(utf8.count))
      bytes.append(contentsOf: utf8)
    }
  }

  /// A string or its absence.
  public mutating func write(_ text: String?) {
    write(text != nil)
    if let text { write(text) }
  }

  /// Strings after their count.
  public mutating func write(_ texts: [String]) {
    write(UInt64(texts.count))
    for text in texts { write(text) }
  }

  /// A run of bytes after its count.
  public mutating func write(bytes run: some Collection<UInt8>) {
    write(UInt64(run.count))
    bytes.append(contentsOf: run)
  }

  /// Bytes as they are, without a count.
  public mutating func append(contentsOf run: some Collection<UInt8>) {
    bytes.append(contentsOf: run)
  }
}
