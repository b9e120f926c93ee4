/// Text bound for a spreadsheet cell (tasks.csv, an exported table), kept inert: Excel, WPS and
/// LibreOffice run a cell that begins with `=`, `+`, `-` or `@` (or a tab or carriage return
/// before one) as a formula. Following OWASP's advice on CSV injection, such a cell is written
/// with a leading apostrophe, which spreadsheets show as text; `restored` undoes it on import.
public enum SpreadsheetText {
  /// The first characters that make a spreadsheet read a cell as a formula.
  static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

  /// `text` with an apostrophe in front when a spreadsheet would run it as a formula.
  public static func neutralised(_ text: String) -> String {
    guard let first = text.first, formulaStarts.contains(first) else { return text }
    return "'" + text
  }

  /// The text a neutralised cell stood for: one leading apostrophe removed when what follows it
  /// would have been a formula. A cell the office wrote as `'abc` stays as it is.
  public static func restored(_ cell: String) -> String {
    guard cell.first == "'", let second = cell.dropFirst().first, formulaStarts.contains(second)
    else { return cell }
    return String(cell.dropFirst())
  }
}
