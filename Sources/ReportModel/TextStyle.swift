/// How a report text spells the punctuation report-site reads through, so that export writes
/// it back the same way: half-width `:` `(一)` `1.` or full-width `：` `（一）` `1．`.
public struct TextStyle: Hashable, Sendable {
  /// After `责任单位`, `贯彻落实情况` and the metadata keys.
  public var colon: String
  /// After a task number.
  public var numberSeparator: String
  public var openParenthesis: String
  public var closeParenthesis: String
  /// Between responsible units.
  public var unitSeparator: String
  /// After the status words.
  public var statusTerminator: String

  public init(
    colon: String = ":", numberSeparator: String = ".", openParenthesis: String = "(",
    closeParenthesis: String = ")", unitSeparator: String = "、", statusTerminator: String = "。"
  ) {
    self.colon = colon
    self.numberSeparator = numberSeparator
    self.openParenthesis = openParenthesis
    self.closeParenthesis = closeParenthesis
    self.unitSeparator = unitSeparator
    self.statusTerminator = statusTerminator
  }

  /// The spelling of the seed report.
  public static let standard = TextStyle()
}
