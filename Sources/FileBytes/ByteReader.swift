/// Reads what a ``ByteWriter`` wrote, from raw memory, checking every length against the end:
/// bytes that end early or hold a length past the end throw ``Damaged``, never read outside
/// the buffer. Strings are decoded as UTF-8 (a damaged byte becomes U+FFFD: the cache that
/// uses this checks its bytes with a digest before reading them).
public struct ByteReader {
  /// The bytes end early, or hold a value that the writer cannot have written.
  public struct Damaged: Error, Sendable, CustomStringConvertible {
    /// Where in the bytes the reader stopped.
    public let offset: Int

    public init(offset: Int) {
      self.offset = offset
    }

    public var description: String { "damaged at byte \(offset)" }
  }

  private let buffer: UnsafeRawBufferPointer
  /// The offset of the next byte to read.
  public private(set) var offset = 0

  /// A reader of `buffer`, which must stay valid while the reader is used.
  public init(_ buffer: UnsafeRawBufferPointer) {
    self.buffer = buffer
  }

  /// Whether every byte has been read.
  public var isAtEnd: Bool { offset == buffer.count }

  public mutating func unsigned() throws(Damaged) -> UInt64 {
    var number: UInt64 = 0
    var shift: UInt64 = 0
    while offset < buffer.count, shift < 64 {
      let byte = buffer[offset]
      offset += 1
      number |= UInt64(byte & 0x7F) << shift
      if byte < 0x80 { return number }
      shift += 7
    }
    throw Damaged(offset: offset)
  }

  public mutating func signed() throws(Damaged) -> Int {
    let zigzag = try unsigned()
    let wide = Int64(bitPattern: zigzag >> 1) ^ -Int64(bitPattern: zigzag & 1)
    guard let number = Int(exactly: wide) else { throw Damaged(offset: offset) }
    return number
  }

  /// A count of items that take at least one byte each: never more than the bytes left.
  public mutating func count() throws(Damaged) -> Int {
    let number = try unsigned()
    guard number <= UInt64(buffer.count - offset) else { throw Damaged(offset: offset) }
    return Int(number)
  }

  public mutating func flag() throws(Damaged) -> Bool {
    guard offset < buffer.count, buffer[offset] <= 1 else { throw Damaged(offset: offset) }
    offset += 1
    return buffer[offset - 1] == 1
  }

  public mutating func word() throws(Damaged) -> UInt64 {
    guard buffer.count - offset >= 8 else { throw Damaged(offset: offset) }
    let word = buffer.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
    offset += 8
    return UInt64(littleEndian: word)
  }

  /// The next `count` bytes, as a range of offsets into the buffer.
  public mutating func run(_ count: Int) throws(Damaged) -> Range<Int> {
    guard count >= 0, buffer.count - offset >= count else { throw Damaged(offset: offset) }
    offset += count
    return (offset - count)..<offset
  }

  /// A run of bytes after its count, as a range of offsets into the buffer.
  public mutating func run() throws(Damaged) -> Range<Int> {
    try run(count())
  }

  public mutating func string() throws(Damaged) -> String {
    let range = try run()
    return String(
      decoding: UnsafeRawBufferPointer(rebasing: buffer[range]).assumingMemoryBound(to: UInt8.self),
      as: UTF8.self)
  }

  public mutating func optionalString() throws(Damaged) -> String? {
    try flag() ? string() : nil
  }

  public mutating func strings() throws(Damaged) -> [String] {
    let count = try count()
    var texts: [String] = []
    texts.reserveCapacity(count)
    for _ in 0..<count { texts.append(try string()) }
    return texts
  }
}
