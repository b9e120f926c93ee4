/// Where something is in a template: its name and the line and column of the tag, from 1.
public struct TemplatePosition: Sendable, Hashable, CustomStringConvertible {
  /// The template's name: its file name without `.mustache`.
  public let template: String
  public let line: Int
  public let column: Int

  public init(template: String, line: Int, column: Int) {
    self.template = template
    self.line = line
    self.column = column
  }

  public var description: String { "\(template):\(line):\(column)" }
}
