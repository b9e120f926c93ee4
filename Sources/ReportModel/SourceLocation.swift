/// A place in a file, printed as `path:line:column` (lines and columns count from 1).
public struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The file's path as the user should see it (relative to where they ran the command).
  public var path: String
  /// The line, from 1; 0 when the problem concerns the whole file.
  public var line: Int
  /// The column in characters, from 1; 0 when unknown.
  public var column: Int

  public init(path: String, line: Int = 0, column: Int = 0) {
    self.path = path
    self.line = line
    self.column = column
  }

  public var description: String {
    var text = path
    if line > 0 {
      text += ":\(line)"
      if column > 0 { text += ":\(column)" }
    }
    return text
  }

  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    (lhs.path, lhs.line, lhs.column) < (rhs.path, rhs.line, rhs.column)
  }
}
