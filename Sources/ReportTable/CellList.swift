import ReportModel

/// A cell that lists names (units, leaders): split at `、` `,` `，` `;` `；` and line breaks,
/// never inside parentheses (`区政府办(区外办)` is one name).
enum CellList {
  static let separators: Set<Character> = ["、", ",", "，", ";", "；", "\n"]

  static func names(_ text: String) -> [String] {
    var names: [String] = []
    var current = ""
    var depth = 0
    for character in text {
      switch character {
      case "(", "（":
        depth += 1
      case ")", "）":
        depth = max(0, depth - 1)
      default:
        if depth == 0, separators.contains(character) {
          append(&names, current)
          current = ""
          continue
        }
      }
      current.append(character)
    }
    append(&names, current)
    return names
  }

  private static func append(_ names: inout [String], _ name: String) {
    let trimmed = name.trimmedSpace
    if !trimmed.isEmpty { names.append(trimmed) }
  }
}

extension String {
  /// A cell's text as content: white space and line breaks at both ends removed, and a cell
  /// that an export neutralised against formula injection (`'=…`) read back as it was.
  var cellContent: String {
    guard let start = firstIndex(where: { !$0.isWhitespace }),
      let end = lastIndex(where: { !$0.isWhitespace })
    else { return "" }
    return SpreadsheetText.restored(String(self[start...end]))
  }
}
