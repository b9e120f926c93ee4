import Foundation

/// The warnings a build printed, kept in the output's marker file with the fingerprint of the
/// build's inputs, so that a later build with the same inputs, skipped as up to date, prints
/// them again (as cargo does): a warning is never hidden by a build that did nothing.
public struct PrintedWarnings: Sendable, Hashable {
  /// The content folder as the command was given it: the warnings' paths start with it, so a
  /// build given it otherwise is not skipped (its warnings would read otherwise).
  public var content: String
  /// The text as it was printed, on standard error.
  public var text: String

  public init(content: String, text: String) {
    self.content = content
    self.text = text
  }

  static let prefix = "warnings: "

  /// The marker's lines: `warnings: <bytes of content> <bytes of text>`, then the content
  /// folder and the text as they are (they may hold line breaks).
  var markerLines: String {
    Self.prefix + "\(content.utf8.count) \(text.utf8.count)\n" + content + text
  }

  /// The warnings in a marker's text (see ``markerLines``), after its fingerprint lines; nil
  /// when it has none or they do not read as written.
  static func read(marker: String) -> PrintedWarnings? {
    let bytes = Array(marker.utf8)
    let prefix = Array(("\n" + Self.prefix).utf8)
    guard bytes.count > prefix.count,
      let start = (0...(bytes.count - prefix.count)).first(where: {
        bytes[$0..<($0 + prefix.count)].elementsEqual(prefix)
      })
    else { return nil }
    var position = start + prefix.count
    var counts: [Int] = []
    var number = 0
    var digits = 0
    while position < bytes.count, counts.count < 2 {
      let byte = bytes[position]
      position += 1
      if (0x30...0x39).contains(byte), digits < 12 {
        number = number * 10 + Int(byte - 0x30)
        digits += 1
      } else if digits > 0, byte == UInt8(ascii: counts.isEmpty ? " " : "\n") {
        counts.append(number)
        (number, digits) = (0, 0)
      } else {
        return nil
      }
    }
    guard counts.count == 2, bytes.count - position == counts[0] + counts[1] else { return nil }
    let middle = position + counts[0]
    return PrintedWarnings(
      content: String(decoding: bytes[position..<middle], as: UTF8.self),
      text: String(decoding: bytes[middle...], as: UTF8.self))
  }
}
