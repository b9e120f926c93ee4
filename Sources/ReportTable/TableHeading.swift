import ReportModel

/// A section row (`一、聚焦…`) or subsection row (`(一)抓实…`, `（一）…`) of a table.
struct TableHeading: Hashable, Sendable {
  var isSection: Bool
  var number: Int
  var title: String
  /// The cell as written when it differs from report-site's own spelling of the heading.
  var writtenAs: String?

  /// Reads `text`; nil unless it starts with a numbered heading.
  init?(_ text: String) {
    let characters = Array(text)
    guard let first = characters.first else { return nil }
    let open = first == "(" || first == "（"
    var index = open ? 1 : 0
    let start = index
    while index < characters.count, ChineseNumeral.isNumeralCharacter(characters[index]) {
      index += 1
    }
    guard index > start, index < characters.count,
      let number = ChineseNumeral.value(of: String(characters[start..<index]))
    else { return nil }
    let mark = characters[index]
    if open {
      guard mark == ")" || mark == "）" else { return nil }
    } else {
      guard mark == "、" || mark == "." || mark == "．" else { return nil }
    }
    isSection = !open
    self.number = number
    title = String(characters[(index + 1)...]).cellContent
    let standard = Self.spelling(isSection: isSection, number: number, title: title)
    writtenAs = standard == text ? nil : text
  }

  /// A heading from a number cell (`一` or `(一)`) and a title cell.
  init?(number numberText: String, title: String) {
    let cell = numberText.trimmedSpace
    var core = Substring(cell)
    let open = core.first == "(" || core.first == "（"
    if open {
      guard core.last == ")" || core.last == "）" else { return nil }
      core = core.dropFirst().dropLast()
    }
    if !open, core.last == "、" || core.last == "." || core.last == "．" { core = core.dropLast() }
    guard !core.isEmpty, core.allSatisfy(ChineseNumeral.isNumeralCharacter),
      let number = ChineseNumeral.value(of: String(core))
    else { return nil }
    isSection = !open
    self.number = number
    self.title = title
    writtenAs = nil
  }

  /// A section numbered `number`, titled `title` as a category cell writes it.
  init(section number: Int, title: String) {
    isSection = true
    self.number = number
    self.title = title
    writtenAs = nil
  }

  /// `一、title` or `(一)title`.
  static func spelling(isSection: Bool, number: Int, title: String) -> String {
    let numeral = ChineseNumeral.text(for: number)
    return isSection ? numeral + "、" + title : "(" + numeral + ")" + title
  }
}
