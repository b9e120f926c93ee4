import ReportModel

/// What one line of a report text is, read from its trimmed content.
enum ReportLine: Equatable {
  case blank
  /// `一、title`
  case section(number: Int, title: String)
  /// `(一)title` or `（一）title`
  case subsection(number: Int, title: String, open: String, close: String)
  /// `1.text`, `1．text` or `1、text`, whatever the text starts with (`3.5G基站`); whether it
  /// starts a task depends on the numbering and the lines after it.
  case taskHeading(number: Int, separator: String, text: String)
  /// A line label of the label table and a colon: `责任单位:…`, `牵头单位:…`, `进展情况:…`.
  case label(LabelLine)
  case other

  static let unitsLabel = "责任单位"
  static let statusLabel = "贯彻落实情况"
  static let colons: PunctuationSet = [":", "："]
  static let numberSeparators: PunctuationSet = [".", "．", "、"]
  static let openParentheses: PunctuationSet = ["(", "（"]
  static let closeParentheses: PunctuationSet = [")", "）"]
  static let unitSeparators: PunctuationSet = ["、", ",", "，", ";", "；"]
  /// The longest label, in characters, a line may start with (period labels included).
  static let longestLabel = 24

  init(_ raw: String, labels: FieldLabels) {
    let line = raw.trimmedSpace
    if line.isEmpty {
      self = .blank
      return
    }
    if let labelled = ReportLine.labelled(raw, line, labels: labels) {
      self = .label(labelled)
    } else if let heading = ReportLine.taskHeading(line) {
      self = heading
    } else if let heading = ReportLine.section(line) {
      self = heading
    } else if let heading = ReportLine.subsection(line) {
      self = heading
    } else {
      self = .other
    }
  }

  /// The label line `line` (the trimmed `raw`) is, if it starts with a label and a colon.
  private static func labelled(_ raw: String, _ line: String, labels: FieldLabels) -> LabelLine? {
    guard let colonIndex = line.prefix(longestLabel + 1).firstIndex(where: colons.contains)
    else { return nil }
    let label = String(line[..<colonIndex])
    guard let match = labels.match(label) else { return nil }
    let afterColon = line[line.index(after: colonIndex)...]
    let rest = String(afterColon).trimmedSpace
    let column = restColumn(raw)
    return LabelLine(
      match: match, label: label.trimmedSpace, colon: String(line[colonIndex]), rest: rest,
      restColumn: column)
  }

  /// The column (from 1) where the text after the label starts in `raw`: after the leading
  /// spaces, the label, the colon and the spaces after it.
  private static func restColumn(_ raw: String) -> Int {
    guard let colon = raw.firstIndex(where: colons.contains) else { return 1 }
    var index = raw.index(after: colon)
    while index < raw.endIndex, raw[index] == " " || raw[index] == "\u{3000}" || raw[index] == "\t"
    {
      index = raw.index(after: index)
    }
    return raw.distance(from: raw.startIndex, to: index) + 1
  }

  private static func taskHeading(_ line: String) -> ReportLine? {
    let digits = line.prefix { $0.isASCII && $0.isNumber }
    guard !digits.isEmpty, digits.count <= 6, let number = Int(digits) else { return nil }
    let afterDigits = line.dropFirst(digits.count)
    guard let separator = afterDigits.first, numberSeparators.contains(separator) else {
      return nil
    }
    let text = afterDigits.dropFirst()
    guard !String(text).trimmedSpace.isEmpty else { return nil }
    return .taskHeading(number: number, separator: String(separator), text: String(text))
  }

  private static func section(_ line: String) -> ReportLine? {
    let numeral = line.prefix(while: ChineseNumeral.isNumeralCharacter)
    guard !numeral.isEmpty, let number = ChineseNumeral.value(of: numeral) else { return nil }
    let rest = line.dropFirst(numeral.count)
    guard rest.first == "、", rest.count > 1 else { return nil }
    return .section(number: number, title: String(rest.dropFirst()))
  }

  private static func subsection(_ line: String) -> ReportLine? {
    guard let open = line.first, openParentheses.contains(open) else { return nil }
    let afterOpen = line.dropFirst()
    let numeral = afterOpen.prefix(while: ChineseNumeral.isNumeralCharacter)
    guard !numeral.isEmpty, let number = ChineseNumeral.value(of: numeral) else { return nil }
    let afterNumeral = afterOpen.dropFirst(numeral.count)
    guard let close = afterNumeral.first, closeParentheses.contains(close), afterNumeral.count > 1
    else { return nil }
    return .subsection(
      number: number, title: String(afterNumeral.dropFirst()), open: String(open),
      close: String(close))
  }

  /// The text after the first colon of a line, trimmed: what a kept label line says.
  static func afterColon(_ line: String) -> String? {
    guard let colon = line.firstIndex(where: colons.contains) else { return nil }
    return String(line[line.index(after: colon)...]).trimmedSpace
  }

  /// Splits a list of units or people at separators outside parentheses; returns the
  /// separators found as well.
  static func splitUnits(_ rest: String) -> (names: [String], separators: [String]) {
    var names: [String] = []
    var separators: [String] = []
    var current = ""
    var depth = 0
    for character in rest {
      if openParentheses.contains(character) { depth += 1 }
      if closeParentheses.contains(character) { depth = max(0, depth - 1) }
      if depth == 0, unitSeparators.contains(character) {
        names.append(current.trimmedSpace)
        separators.append(String(character))
        current = ""
      } else {
        current.append(character)
      }
    }
    names.append(current.trimmedSpace)
    if names.count == 1, names[0].isEmpty { return ([], []) }
    return (names, separators)
  }
}
