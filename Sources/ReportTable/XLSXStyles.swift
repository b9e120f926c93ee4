/// Which cell styles of a workbook (`xl/styles.xml`) show numbers as dates or times: Excel
/// stores a date as a serial day number and tells it apart only by the cell's number format.
struct XLSXStyles: Sendable {
  /// For each index of `cellXfs` (a cell's `s` attribute), whether its format is a date.
  var dateStyles: [Bool] = []

  init() {}

  init(_ root: XMLElementNode) {
    var customIsDate: [Int: Bool] = [:]
    for format in root.child("numFmts")?.children("numFmt") ?? [] {
      guard let id = format.attribute("numFmtId").flatMap({ Int($0) }) else { continue }
      customIsDate[id] = Self.isDateFormat(format.attribute("formatCode") ?? "")
    }
    dateStyles = (root.child("cellXfs")?.children("xf") ?? []).map { xf in
      let id = xf.attribute("numFmtId").flatMap { Int($0) } ?? 0
      return customIsDate[id] ?? Self.builtInDateFormats.contains(id)
    }
  }

  func isDate(style: Int?) -> Bool {
    guard let style, style >= 0, style < dateStyles.count else { return false }
    return dateStyles[style]
  }

  /// Built-in number formats that are dates or times: 14–22 and 45–47 (ECMA-376 §18.8.30),
  /// and 27–36 and 50–58, the date formats of the Chinese, Japanese and Korean editions.
  static let builtInDateFormats: Set<Int> = Set(14...22).union(27...36).union(45...47).union(
    50...58)

  /// Whether a custom format code shows a date or a time: it uses y, m, d, h or s outside
  /// quoted text, escaped characters and bracketed parts (colours, conditions, locales); an
  /// elapsed-time part such as `[h]` also counts.
  static func isDateFormat(_ code: String) -> Bool {
    if code.lowercased().hasPrefix("general") { return false }
    var inQuotes = false
    var inBrackets = false
    var escaped = false
    var bracket = ""
    // Only the first section (positive numbers) decides.
    for character in code {
      if escaped {
        escaped = false
        continue
      }
      if inQuotes {
        if character == "\"" { inQuotes = false }
        continue
      }
      if inBrackets {
        if character == "]" {
          inBrackets = false
          let lower = bracket.lowercased()
          if !lower.isEmpty, lower.allSatisfy({ "hms".contains($0) }) { return true }
          bracket = ""
        } else {
          bracket.append(character)
        }
        continue
      }
      switch character {
      case "\"": inQuotes = true
      case "\\", "_", "*": escaped = true
      case "[": inBrackets = true
      case ";": return false
      case "y", "Y", "m", "M", "d", "D", "h", "H", "s", "S": return true
      default: continue
      }
    }
    return false
  }
}
