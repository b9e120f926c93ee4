/// A place in a Markdown document: line and column from 1.
public struct MarkdownPosition: Hashable, Sendable {
  public var line: Int
  public var column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }
}
