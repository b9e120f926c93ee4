import ReportModel

/// What a table says above its header row (title rows of a sheet, paragraphs before a Word
/// table): read as the round's header. `键:值` (a cell ending in a colon followed by its value,
/// or one cell holding both) is a metadata pair; other text is the `标题` (the first) or a
/// `说明`. The round's date is read from them.
struct TableTitle: Sendable {
  var metadata: [MetadataEntry] = []

  /// Keys of a table's title whose value dates it, after the header keys every report form
  /// shares (`ISODate.headerDateKeys`: 生成日期, 发布日期, 成文日期 …).
  static let dateKeys = ["填报日期", "填报时间", "日期", "时间"]

  /// Reads the cells of each title line in order (one merged cell counts once).
  init(lines: [[String]]) {
    for cells in lines {
      var index = 0
      while index < cells.count {
        let cell = cells[index]
        index += 1
        if let key = Self.keyOnly(cell) {
          var value = ""
          if index < cells.count, Self.keyOnly(cells[index]) == nil,
            Self.pair(cells[index]) == nil
          {
            value = cells[index]
            index += 1
          }
          metadata.append(MetadataEntry(key: key, value: value))
        } else if let (key, value) = Self.pair(cell) {
          metadata.append(MetadataEntry(key: key, value: value))
        } else {
          let hasTitle = metadata.contains { $0.key == "标题" }
          metadata.append(MetadataEntry(key: hasTitle ? "说明" : "标题", value: cell))
        }
      }
    }
  }

  /// The date the title states: a date key's value, else the first date in any line.
  var date: ISODate? {
    if let date = ISODate.headerDate(metadata) { return date }
    for key in Self.dateKeys {
      if let value = metadata.first(where: { $0.key == key })?.value,
        let date = TableDates.first(in: value)
      {
        return date
      }
    }
    for entry in metadata {
      if let date = TableDates.first(in: entry.value) { return date }
    }
    return nil
  }

  /// `填报时间:` alone: a key waiting for its value in the next cell.
  static func keyOnly(_ cell: String) -> String? {
    guard let last = cell.last, last == ":" || last == "：" else { return nil }
    let key = String(cell.dropLast()).cellContent
    return isKey(key) ? key : nil
  }

  /// `生成日期:2020-12-16` in one cell.
  static func pair(_ cell: String) -> (String, String)? {
    guard let colon = cell.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return nil }
    let key = String(cell[..<colon]).cellContent
    guard isKey(key) else { return nil }
    return (key, String(cell[cell.index(after: colon)...]).cellContent)
  }

  /// A key is short and has no spaces or punctuation of a sentence.
  static func isKey(_ key: String) -> Bool {
    !key.isEmpty && key.count <= 8
      && !key.contains { $0.isWhitespace || "，,。;；、()（）《》".contains($0) }
  }

  /// The lines to write above a table for `metadata`: `标题` and `说明` as their text, the
  /// others as `键:值`.
  static func lines(for metadata: [MetadataEntry]) -> [String] {
    metadata.map { entry in
      if entry.key == "标题" || entry.key == "说明", pair(entry.value) == nil,
        keyOnly(entry.value) == nil
      {
        return entry.value
      }
      return entry.key + ":" + entry.value
    }
  }
}
