import ReportModel

/// The pipe-separated disclosure header: `索引号: | s696131-… | 主题分类: | |`.
enum ReportHeader {
  /// Whether a line belongs to the header.
  static func isHeaderLine(_ line: String) -> Bool { line.contains("|") }

  /// The key/value pairs of header lines, in order. A key cell ends in a colon; the cell after
  /// it is its value unless it is another key (`文件编号: | 有效性: | 有效`), then the value is
  /// empty. Returns the colons used, and cells that are neither key nor value.
  static func parse(_ lines: [String]) -> (
    entries: [MetadataEntry], colons: [String], strayCells: [(line: Int, text: String)]
  ) {
    var entries: [MetadataEntry] = []
    var colons: [String] = []
    var stray: [(Int, String)] = []
    for (lineIndex, line) in lines.enumerated() {
      let cells = line.split(separator: "|", omittingEmptySubsequences: false).map {
        String($0).trimmedSpace
      }
      var index = 0
      while index < cells.count {
        let cell = cells[index]
        if let key = keyOf(cell) {
          colons.append(String(cell.last!))
          if index + 1 < cells.count, keyOf(cells[index + 1]) == nil {
            entries.append(MetadataEntry(key: key, value: cells[index + 1]))
            index += 2
          } else {
            entries.append(MetadataEntry(key: key, value: ""))
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
