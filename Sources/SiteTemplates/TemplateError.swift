/// Why templates cannot be loaded or compiled for a view model, with where.
public struct TemplateError: Error, Sendable, Equatable, CustomStringConvertible {
  public enum Reason: Sendable, Equatable {
    /// The text is not valid Mustache; says what is wrong.
    case syntax(String)
    /// A Mustache feature this engine refuses (lambdas, dynamic names, pragmas); says which.
    case unsupported(String)
    /// `{{> name}}` or `{{< name}}` names no template, which Mustache would render as nothing.
    case unknownPartial(String)
    /// A key no view model in scope has, which Mustache would render as nothing.
    case unknownKey(key: String, model: String)
    /// `{{{key}}}` or `{{&key}}` on a value that is not HTML the program made.
    case unescapedText(key: String, type: String)
    /// `{{key}}` on a value that is a section only (a view model or a list).
    case notText(key: String, type: String)
  }

  public let position: TemplatePosition
  public let reason: Reason

  public init(_ reason: Reason, at position: TemplatePosition) {
    self.reason = reason
    self.position = position
  }

  /// The message, without the position.
  public var message: String {
    switch reason {
    case .syntax(let text): "not valid Mustache: \(text)"
    case .unsupported(let text): "\(text) are not supported"
    case .unknownPartial(let name): "includes unknown template \"\(name)\""
    case .unknownKey(let key, let model): "uses key \"\(key)\", which \(model) does not have"
    case .unescapedText(let key, let type):
      "writes \"\(key)\" (\(type)) unescaped, but it is not HTML the program made"
    case .notText(let key, let type):
      "writes \"\(key)\" (\(type)) as text, but it is a section"
    }
  }

  /// How to fix it.
  public var note: String {
    switch reason {
    case .syntax: "check the tag's braces, name and closing tag"
    case .unsupported: "write the value into the view model instead"
    case .unknownPartial: "a missing partial would silently render nothing; check the name"
    case .unknownKey:
      "a misspelt key would silently render as empty text; check the spelling"
    case .unescapedText: "use {{key}}, which escapes it; only rendered HTML may use {{{key}}}"
    case .notText: "use {{#key}}…{{/key}} and name its fields inside"
    }
  }

  public var description: String { "\(position): error: \(message)\nnote: \(note)" }
}
