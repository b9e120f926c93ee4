import Foundation

extension OutputDirectory {
  private static let pinyinToolPrefix = "pinyin by: "
  private static let pinyinPrefix = "pinyin: "

  /// The pinyin of unit names that the build of the site in `url` stored in its marker file
  /// (see ``unitPinyin``), by name; empty when there is none, when it was stored by another
  /// build of report-site (another executable, whose ICU may transliterate otherwise), or
  /// when a line of it is not as this tool writes it.
  public static func unitPinyin(in url: URL) -> [String: String] {
    let path = url.standardizedFileURL.path + "/" + markerName
    guard FileSystemCalls.kind(of: path) == .file,
      let data = FileManager.default.contents(atPath: path)
    else { return [:] }
    let bytes = [UInt8](data)
    guard bytes.starts(with: markerText.utf8) else { return [:] }
    let toolLine = Array((pinyinToolPrefix + pinyinTool()).utf8)
    var byThisTool = false
    var table: [String: String] = [:]
    for line in bytes.split(separator: UInt8(ascii: "\n")) {
      // The warnings a build printed come last (see `PrintedWarnings`): their lines are text.
      if line.starts(with: PrintedWarnings.prefix.utf8) { break }
      if line.starts(with: pinyinToolPrefix.utf8) {
        byThisTool = line.elementsEqual(toolLine)
        continue
      }
      guard line.starts(with: pinyinPrefix.utf8) else { continue }
      let entry = line.dropFirst(pinyinPrefix.utf8.count)
      guard let space = entry.firstIndex(of: UInt8(ascii: " ")),
        entry[..<space].allSatisfy(isPinyinByte),
        let name = String(validating: entry[(space + 1)...], as: UTF8.self)
      else { return [:] }
      table[name] = String(decoding: entry[..<space], as: UTF8.self)
    }
    return byThisTool ? table : [:]
  }

  /// The marker's lines for ``unitPinyin``: `pinyin by: <tool>`, then `pinyin: <pinyin> <name>`
  /// per name in name order (names with a line break are left out); nothing when it is empty.
  static func pinyinLines(_ pinyin: [String: String]) -> String {
    let entries = pinyin.filter { name, value in
      !name.utf8.contains(UInt8(ascii: "\n")) && !name.utf8.contains(UInt8(ascii: "\r"))
        && value.utf8.allSatisfy(isPinyinByte)
    }
    guard !entries.isEmpty else { return "" }
    var text = pinyinToolPrefix + pinyinTool() + "\n"
    for (name, value) in entries.sorted(by: { $0.key < $1.key }) {
      text += pinyinPrefix + value + " " + name + "\n"
    }
    return text
  }

  /// The tool that made a table of pinyin: the hash of the executable's path, size and time.
  private static func pinyinTool() -> String {
    var hasher = StableHasher()
    hasher.combine(BuildFingerprint.executableIdentity())
    return hasher.hex
  }

  /// A byte of a slug's pinyin: a lower-case ASCII letter, a digit or `-`.
  private static func isPinyinByte(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
      || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-")
  }
}
