/// A parsed template: text and tags, each tag with its position.
indirect enum TemplateNode: Sendable {
  case text([UInt8])
  case variable(TemplateKey, escaped: Bool)
  case section(TemplateKey, [TemplateNode], inverted: Bool)
  /// `{{> name}}` (no overrides) or `{{< name}}…{{/name}}` with the blocks it overrides. A
  /// standalone partial indents every line it renders by `indentation`.
  case partial(TemplateInclude)
  /// `{{$ name}}…{{/name}}` outside a parent: the override of an including template, else the
  /// default.
  case block(name: String, [TemplateNode], indentation: [UInt8])
}

/// A `{{> name}}` or `{{< name}}` tag.
struct TemplateInclude: Sendable {
  let name: String
  let position: TemplatePosition
  let indentation: [UInt8]
  /// The block overrides of a parent, in the order written.
  let overrides: [(name: String, nodes: [TemplateNode])]
}

/// A key as written in a tag: `text`, `chrome.root` or `.`.
struct TemplateKey: Sendable {
  /// The parts of a dotted name; empty for `.`, the current scope.
  let components: [String]
  /// `.name`: looked up in the innermost scope only.
  var isLocal = false
  let position: TemplatePosition

  var name: String {
    components.isEmpty ? "." : (isLocal ? "." : "") + components.joined(separator: ".")
  }
}
