import Foundation

/// The warnings a build printed, kept with the fingerprint of the build's inputs, so that a
/// later build with the same inputs, skipped as up to date, prints them again (as cargo does):
/// a warning is never hidden by a build that did nothing.
///
/// The text is kept beside the output, in `.<name>.warnings` (`.Output.warnings` for
/// `Output/`, next to the lock file), not in it: the output is uploaded as it is, and the
/// warnings name the office's own folders. The output's marker holds only a line
/// `warnings: <digest of that file>`; a file missing or changed then does not match, and the
/// build runs (and prints the warnings) again.
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

  /// The start of the marker's line with the digest of the warnings file.
  static let prefix = "warnings: "
  private static let heading =
    "report-site: the warnings of the build of the site beside this file\n"

  /// The file that keeps the warnings of the output folder `output`.
  public static func file(for output: URL) -> URL {
    let output = output.standardizedFileURL
    return output.deletingLastPathComponent().appendingPathComponent(
      ".\(output.lastPathComponent).warnings")
  }

  /// The file's text: a heading, `warnings: <bytes of content> <bytes of text>`, then the
  /// content folder and the text as they are (they may hold line breaks).
  var fileText: String {
    Self.heading + Self.prefix + "\(content.utf8.count) \(text.utf8.count)\n" + content + text
  }

  /// The marker's line for the file of `fileText`.
  static func markerLine(fileText: String) -> String {
    var hasher = StableHasher()
    hasher.combine(fileText)
    return prefix + hasher.hex + "\n"
  }

  /// Writes the warnings file of `output` (replacing it whole) and returns the marker's line.
  func write(for output: URL) throws -> String {
    let text = fileText
    try Data(text.utf8).write(to: Self.file(for: output), options: .atomic)
    return Self.markerLine(fileText: text)
  }

  /// What a marker's text says of the warnings of its build.
  enum Stored: Equatable {
    /// The build printed none.
    case none
    /// The build printed these, read from the file beside the output.
    case printed(PrintedWarnings)
    /// The marker names warnings that the file beside the output does not hold as written.
    case lost
  }

  /// The warnings the marker's text (of the output `output`) names, read from their file.
  static func stored(marker: String, output: URL) -> Stored {
    guard
      let line = marker.split(separator: "\n").first(where: { $0.hasPrefix(prefix) })
    else { return .none }
    guard let data = FileManager.default.contents(atPath: file(for: output).path),
      let text = String(validating: data, as: UTF8.self),
      markerLine(fileText: text) == line + "\n",
      let warnings = read(fileText: text)
    else { return .lost }
    return .printed(warnings)
  }

  /// The warnings in a file's text (see ``fileText``); nil when it does not read as written.
  static func read(fileText: String) -> PrintedWarnings? {
    let bytes = Array(fileText.utf8)
    let start = Array((heading + prefix).utf8)
    guard bytes.starts(with: start) else { return nil }
    var position = start.count
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
