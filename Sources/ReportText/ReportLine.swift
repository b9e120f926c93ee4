import ReportModel

/// What one line of a report text is, read from its trimmed content.
enum ReportLine: Equatable {
  case blank
  /// `一、title`
  case section(number: Int, title: String)
  /// `(一)title` or `（一）title`
  case subsection(number: Int, title: String, open: String, close: String)
  /// `1.text`, `1．text` or `1、text`
  case taskHeading(number: Int, separator: String, text: String)
  /// `责任单位:…`; `rest` is what follows the colon.
  case units(colon: String, rest: String)
  /// `贯彻落实情况:…`; `rest` is what follows the colon.
  case status(colon: String, rest: String)
  case other

  static let unitsLabel = "责任单位"
  static let statusLabel = "贯彻落实情况"
  static let colons: Set<Character> = [":", "："]
  static let numberSeparators: Set<Character> = [".", "．", "、"]
  static let openParentheses: Set<Character> = ["(", "（"]
  static let closeParentheses: Set<Character> = [")", "）"]
  static let unitSeparators: Set<Character> = ["、", ",", "，", ";", "；"]

  init(_ raw: String) {
    let line = raw.trimmedSpace
    if line.isEmpty {
      self = .blank
      return
    }
    if let labelled = ReportLine.labelled(line, ReportLine.unitsLabel) {
      self = .units(colon: labelled.colon, rest: labelled.rest)
    } else if let labelled = ReportLine.labelled(line, ReportLine.statusLabel) {
      self = .status(colon: labelled.colon, rest: labelled.rest)
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

  private static func labelled(_ line: String, _ label: String) -> (colon: String, rest: String)? {
    guard line.hasPrefix(label) else { return nil }
    let afterLabel = line.dropFirst(label.count)
    guard let colon = afterLabel.first, colons.contains(colon) else { return nil }
    return (String(colon), String(afterLabel.dropFirst()).trimmedSpace)
  }

  private static func taskHeading(_ line: String) -> ReportLine? {
    let digits = line.prefix { $0.isASCII && $0.isNumber }
    guard !digits.isEmpty, digits.count <= 6, let number = Int(digits) else { return nil }
    let afterDigits = line.dropFirst(digits.count)
    guard let separator = afterDigits.first, numberSeparators.contains(separator) else {
      return nil
    }
    let text = afterDigits.dropFirst()
    // `3.5亿元` is a decimal number in a narrative, not task 3.
    guard let first = text.first, !(first.isASCII && first.isNumber) else { return nil }
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

  /// Splits a `责任单位` value into names, at separators outside parentheses; returns the
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
