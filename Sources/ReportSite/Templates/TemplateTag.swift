/// One `{{…}}` tag of a template, as found by ``TemplateTagScanner``.
struct TemplateTag: Hashable, Sendable {
  enum Kind: Hashable, Sendable {
    /// `{{name}}`, `{{{name}}}` or `{{&name}}`.
    case variable
    /// `{{#name}}` or `{{^name}}`.
    case section
    /// `{{/name}}`.
    case sectionEnd
    /// `{{> name}}`.
    case partial
    /// `{{< name}}`.
    case parent
    /// `{{$name}}`.
    case block
    /// Comments and anything else.
    case other
  }

  var kind: Kind
  /// The tag's name without sigils or spaces, e.g. `task.number`.
  var name: String
  /// The line of the tag, from 1.
  var line: Int

  /// The first component of a dotted name: the key looked up in the context.
  var rootKey: String {
    String(name.split(separator: ".", omittingEmptySubsequences: false).first ?? "")
  }
}
