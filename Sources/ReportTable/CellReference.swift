/// A spreadsheet cell reference such as `B3` or a range `A1:F1`, read into a column index
/// (from 0) and a row number (from 1).
struct CellReference: Hashable, Sendable {
  var column: Int
  var row: Int

  init(column: Int, row: Int) {
    self.column = column
    self.row = row
  }

  /// Nil unless `text` is letters then digits (`$` signs ignored).
  init?(_ text: Substring) {
    var column = 0
    var row = 0
    var letters = 0
    var digits = 0
    for scalar in text.unicodeScalars where scalar != "$" {
      switch scalar {
      case "A"..."Z", "a"..."z":
        guard digits == 0, letters < 3 else { return nil }
        let upper = scalar.value & ~0x20
        column = column * 26 + Int(upper - 64)
        letters += 1
      case "0"..."9":
        guard letters > 0, digits < 7 else { return nil }
        row = row * 10 + Int(scalar.value - 48)
        digits += 1
      default:
        return nil
      }
    }
    guard letters > 0, digits > 0, row > 0 else { return nil }
    self.column = column - 1
    self.row = row
  }

  /// The column's letters: 0 → A, 26 → AA.
  static func letters(_ column: Int) -> String {
    var value = column + 1
    var result: [Character] = []
    while value > 0 {
      let remainder = (value - 1) % 26
      result.append(Character(Unicode.Scalar(UInt8(65 + remainder))))
      value = (value - 1) / 26
    }
    return String(result.reversed())
  }

  /// `A1:F1` as its first and last cells; a single reference is a range of one cell.
  static func range(_ text: String) -> (first: CellReference, last: CellReference)? {
    let parts = text.split(separator: ":")
    guard let first = parts.first.flatMap(CellReference.init) else { return nil }
    guard parts.count == 2 else { return parts.count == 1 ? (first, first) : nil }
    guard let last = CellReference(parts[1]) else { return nil }
    return (
      CellReference(column: min(first.column, last.column), row: min(first.row, last.row)),
      CellReference(column: max(first.column, last.column), row: max(first.row, last.row))
    )
  }
}
