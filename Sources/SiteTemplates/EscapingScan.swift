/// Copies UTF-8 text to an output, escaping some bytes: the scan shared by HTML escaping
/// (``HTMLEscaping``) and JSON strings
/// (`PrettyJSON` of the site). Runs of bytes that need nothing are copied whole, and
/// eight bytes at a time are skipped while `mayNeedEscaping` says none of them can.
public enum EscapingScan {
  /// - Parameters:
  ///   - mayNeedEscaping: false only when none of the eight bytes of a word needs escaping.
  ///   - needsEscaping: whether a byte needs escaping.
  ///   - escape: appends the escape of a byte that needs it.
  @inline(__always)
  public static func append(
    _ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8],
    mayNeedEscaping: (UInt64) -> Bool, needsEscaping: (UInt8) -> Bool,
    escape: (UInt8, inout [UInt8]) -> Void
  ) {
    guard let base = bytes.baseAddress else { return }
    let count = bytes.count
    var runStart = 0
    var index = 0
    while index < count {
      if index + 8 <= count,
        !mayNeedEscaping(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
      {
        index += 8
        continue
      }
      let byte = base[index]
      index += 1
      guard needsEscaping(byte) else { continue }
      output.append(
        contentsOf: UnsafeBufferPointer(start: base + runStart, count: index - 1 - runStart))
      escape(byte, &output)
      runStart = index
    }
    output.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: count - runStart))
  }
}
