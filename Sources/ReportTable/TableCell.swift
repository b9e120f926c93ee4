/// One cell of a table as read from a file.
public struct TableCell: Hashable, Sendable {
  /// The cell's text, line breaks as `\n`; a cell inside a merged range holds the range's text.
  public var text: String
  /// Where the merged range this cell continues begins; nil for a cell of its own and for the
  /// first cell of a range.
  public var mergedFrom: CellPosition?

  public init(_ text: String, mergedFrom: CellPosition? = nil) {
    self.text = text
    self.mergedFrom = mergedFrom
  }

  /// Whether the cell holds anything but white space.
  public var isFilled: Bool {
    text.contains { !$0.isWhitespace }
  }
}
