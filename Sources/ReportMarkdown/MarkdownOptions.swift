/// Options that change how ``MarkdownRenderer`` turns Markdown into HTML.
///
/// The raw values are this module's own bits; they are mapped to cmark-gfm's
/// `CMARK_OPT_*` flags internally, so callers never depend on the C library.
///
/// There is deliberately no option to let raw HTML through: the renderer always
/// runs cmark-gfm in its safe mode.
public struct MarkdownOptions: OptionSet, Sendable, Hashable {
  public let rawValue: Int

  /// Creates an option set from its raw bits.
  public init(rawValue: Int) {
    self.rawValue = rawValue
  }

  /// Rewrites straight quotes to curly quotes, `--` to an en dash, `---` to an
  /// em dash and `...` to an ellipsis (cmark's `CMARK_OPT_SMART`). Off by default,
  /// so text such as Chinese prose with ASCII quotes is left as written.
  public static let smartPunctuation = MarkdownOptions(rawValue: 1 << 0)

  /// Renders every soft line break inside a paragraph as `<br />`
  /// (cmark's `CMARK_OPT_HARDBREAKS`). By default a soft break stays a newline.
  public static let hardBreaks = MarkdownOptions(rawValue: 1 << 1)
}
