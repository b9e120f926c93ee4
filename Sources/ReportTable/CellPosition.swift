/// A cell's place in a `TableGrid`: indexes into `rows` and into a row's `cells`, from 0.
public struct CellPosition: Hashable, Sendable {
  public var row: Int
  public var column: Int

  public init(row: Int, column: Int) {
    self.row = row
    self.column = column
  }
}
