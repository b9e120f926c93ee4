/// Renders GitHub-flavoured Markdown (GFM) to an HTML fragment with cmark-gfm.
///
/// The GFM extensions `table`, `strikethrough`, `autolink`, `tagfilter` and
/// `tasklist` are always enabled; footnotes are not.
///
/// ## Safety
///
/// The output is meant to be embedded in a public HTML5 page, so untrusted
/// Markdown can never inject markup or script:
///
/// - cmark-gfm runs in safe mode (`CMARK_OPT_UNSAFE` is never set). Raw HTML,
///   inline (`a <b>x</b>`) or block (`<script>…</script>` on its own line), would
///   be rendered as the comment `<!-- raw HTML omitted -->`. Those comments are
///   noise on a public site, so the renderer removes the raw HTML nodes from the
///   document tree before rendering: they vanish without a trace, while the text
///   between an inline opening and closing tag stays as escaped text. A
///   paragraph left empty by this is dropped as well.
/// - Link and image destinations with a `javascript:`, `vbscript:`, `file:` or
///   `data:` scheme (except `data:image/png`, `gif`, `jpeg` and `webp`) are
///   rendered with an empty `href`/`src`, e.g. `[x](javascript:alert(1))`
///   becomes `<a href="">x</a>`.
/// - All text, code, titles and attribute values are HTML-escaped.
///
/// Soft line breaks stay newlines (unless ``MarkdownOptions/hardBreaks`` is
/// set), and the output is deterministic: the same input and options always
/// give the same HTML.
///
/// ## Concurrency
///
/// `MarkdownRenderer` is a value type and can be used from any number of
/// threads at once. cmark-gfm keeps process-wide mutable state while parsing
/// inlines (its table of special characters, toggled per parse by the
/// extensions), so the C calls of concurrent renders are serialised by a lock;
/// each render still uses its own parser and document.
public struct MarkdownRenderer: Sendable {
  /// The options this renderer applies to every document.
  public let options: MarkdownOptions

  /// Creates a renderer.
  /// - Parameter options: Rendering options; none are set by default.
  public init(options: MarkdownOptions = []) {
    self.options = options
  }

  /// Renders GitHub-flavoured Markdown to an HTML fragment.
  ///
  /// - Parameter markdown: The Markdown source.
  /// - Returns: The HTML fragment, e.g. `"<p>Hello <strong>world</strong></p>\n"`
  ///   for `"Hello **world**"`; an empty string for empty input.
  public func html(from markdown: String) -> String {
    CmarkGFM.renderHTML(markdown, options: options)
  }
}
