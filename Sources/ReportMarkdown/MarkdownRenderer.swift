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
/// - A table column's alignment is a class (`align-left`, `align-center`, `align-right`) on
///   its cells, not the `align` attribute, which HTML5 no longer allows.
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
  /// How many levels every heading goes down, so that a document's headings come below the
  /// page's own: with 2, `#` renders as `h3` (never below `h6`).
  public let headingOffset: Int

  /// Creates a renderer.
  /// - Parameters:
  ///   - options: Rendering options; none are set by default.
  ///   - headingOffset: Levels added to every heading; 0 by default.
  public init(options: MarkdownOptions = [], headingOffset: Int = 0) {
    self.options = options
    self.headingOffset = headingOffset
  }

  /// Renders GitHub-flavoured Markdown to an HTML fragment.
  ///
  /// - Parameter markdown: The Markdown source.
  /// - Returns: The HTML fragment, e.g. `"<p>Hello <strong>world</strong></p>\n"`
  ///   for `"Hello **world**"`; an empty string for empty input.
  public func html(from markdown: String) -> String {
    CmarkGFM.renderHTML(markdown, options: options, headingOffset: headingOffset)
  }

  /// Where `markdown` holds raw HTML, which ``html(from:)`` leaves out, so that an editor can
  /// be told: line and column within `markdown`, from 1, in document order.
  public func rawHTML(in markdown: String) -> [MarkdownPosition] {
    CmarkGFM.rawHTMLPositions(markdown)
  }
}
