import ReportModel

/// The disclosure header of a report, in any of the forms portals publish it:
///
/// - pipe cells with keys ending in a colon: `索引号: | s696131-… | 主题分类: | |`;
/// - pipe cells whose keys have no colon: `索引号 | s696131-… | 主题分类 | |`;
/// - colon lines without pipes: `索引号: s696131-… 组配分类: 政府工作报告`.
enum ReportHeader {
  /// Keys that portals write in a disclosure header; a colon line is a header line when it
  /// starts with one, and in a pipe line without colons a cell that is one is a key.
  static let knownKeys: Set<String> = [
    "索引号", "主题分类", "组配分类", "体裁分类", "发布机构", "发文机关", "生成日期", "发布日期",
    "成文日期", "印发日期", "发文日期", "公开日期", "文件编号", "文号", "发文字号", "有效性", "公开范围",
    "公开方式", "公开时限", "信息来源", "来源", "所属机构", "服务对象", "主题词", "关键词", "信息分类",
    "内容分类", "索取号", "标题", "名称", "信息名称", "公文种类", "信息类别", "发布时间", "实施日期",
    "废止日期", "统一编号",
  ]

  /// Whether a line belongs to the header.
  static func isHeaderLine(_ line: String) -> Bool {
    line.contains("|") || isColonHeaderLine(line)
  }

  /// Whether a line without pipes is `key: value` pairs starting with a known key.
  private static func isColonHeaderLine(_ line: String) -> Bool {
    guard let first = colonPairs(line.trimmedSpace).first else { return false }
    return first.keyStart == 0 && knownKeys.contains(first.key)
  }

  /// The key/value pairs of header lines, in order. In a pipe line, a key cell ends in a colon;
  /// the cell after it is its value unless it is another key (`文件编号: | 有效性: | 有效`), then
  /// the value is empty. Returns the colons used, and cells that are neither key nor value.
  static func parse(_ lines: [String]) -> (
    entries: [MetadataEntry], colons: [String], strayCells: [(line: Int, text: String)]
  ) {
    var entries: [MetadataEntry] = []
    var colons: [String] = []
    var stray: [(Int, String)] = []
    for (lineIndex, line) in lines.enumerated() {
      guard line.contains("|") else {
        for pair in colonPairs(line.trimmedSpace) {
          entries.append(MetadataEntry(key: pair.key, value: pair.value))
          colons.append(pair.colon)
        }
        continue
      }
      let cells = line.split(separator: "|", omittingEmptySubsequences: false).map {
        String($0).trimmedSpace
      }
      let withColons = cells.contains { keyOf($0) != nil }
      func key(_ cell: String) -> String? {
        withColons ? keyOf(cell) : (knownKeys.contains(cell) ? cell : nil)
      }
      var index = 0
      while index < cells.count {
        let cell = cells[index]
        // Without colons, any filled cell where a key may stand is a key.
        if let name = key(cell) ?? (withColons || cell.isEmpty ? nil : cell) {
          if withColons { colons.append(String(cell.last!)) }
          if index + 1 < cells.count, key(cells[index + 1]) == nil {
            entries.append(MetadataEntry(key: name, value: cells[index + 1]))
            index += 2
          } else {
            entries.append(MetadataEntry(key: name, value: ""))
            index += 1
          }
        } else {
          if !cell.isEmpty { stray.append((lineIndex, cell)) }
          index += 1
        }
      }
    }
    return (entries, colons, stray)
  }

  private static func keyOf(_ cell: String) -> String? {
    guard let last = cell.last, ReportLine.colons.contains(last), cell.count > 1 else {
      return nil
    }
    return String(cell.dropLast()).trimmedSpace
  }

  /// The `key: value` pairs of a colon line: a key is a run of 2–10 characters without spaces
  /// or colons, at the start of the line or after a space, followed by a colon.
  private static func colonPairs(_ line: String) -> [(
    key: String, keyStart: Int, colon: String, value: String
  )] {
    let characters = Array(line)
    var keys: [(start: Int, colon: Int)] = []
    for index in characters.indices where ReportLine.colons.contains(characters[index]) {
      var start = index
      while start > 0, !isSpace(characters[start - 1]),
        !ReportLine.colons.contains(characters[start - 1])
      {
        start -= 1
      }
      let length = index - start
      guard (2...10).contains(length), start == 0 || isSpace(characters[start - 1]) else {
        continue
      }
      let key = String(characters[start..<index])
      guard key.allSatisfy({ !$0.isASCII || $0.isLetter }) else { continue }
      keys.append((start, index))
    }
    return keys.enumerated().map { offset, key in
      let end = offset + 1 < keys.count ? keys[offset + 1].start : characters.count
      let value = String(characters[(key.colon + 1)..<max(key.colon + 1, end)]).trimmedSpace
      return (
        String(characters[key.start..<key.colon]), key.start, String(characters[key.colon]), value
      )
    }
  }

  private static func isSpace(_ character: Character) -> Bool {
    character == " " || character == "\t" || character == "\u{3000}"
  }

  /// report-site's spelling: two pairs a line, an empty value left out, each line padded to
  /// four cells, every cell closed by ` |`.
  static func render(_ entries: [MetadataEntry], colon: String) -> [String] {
    stride(from: 0, to: entries.count, by: 2).map { start in
      var cells: [String] = []
      for entry in entries[start..<min(start + 2, entries.count)] {
        cells.append(entry.key + colon)
        if !entry.value.isEmpty { cells.append(entry.value) }
      }
      while cells.count < 4 { cells.append("") }
      return cells.map { $0.isEmpty ? "|" : $0 + " |" }.joined(separator: " ")
    }
  }
}
