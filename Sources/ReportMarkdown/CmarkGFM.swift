// The only Swift file that talks to cmark-gfm. Every C allocation (parser,
// document tree, iterator, rendered `char *`) is created and freed in here, and
// no C pointer type appears in a non-private declaration.

import CCmarkGFM
import Foundation

/// Thin, memory-safe wrapper around the cmark-gfm C API.
enum CmarkGFM {
  /// Names of the GFM syntax extensions attached to every parser.
  static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

  /// Parses `markdown` as GFM and renders it to HTML in cmark-gfm's safe mode,
  /// with raw HTML nodes removed from the tree first and every heading's level raised by
  /// `headingOffset` (at most `h6`). A table column's alignment becomes a class,
  /// `class="align-center"`, instead of the obsolete `align` attribute.
  static func renderHTML(_ markdown: String, options: MarkdownOptions, headingOffset: Int)
    -> String
  {
    let extensions = registeredExtensions.pointers
    let flags = cmarkFlags(for: options)
    let html = cmarkLock.withLock {
      render(markdown, flags: flags, extensions: extensions, headingOffset: headingOffset)
    }
    // cmark writes `align="…"` only as an attribute of `th` and `td`: in text a `"` is `&quot;`.
    guard hasAlignAttribute(html) else { return html }
    return html.replacingOccurrences(of: " align=\"", with: " class=\"align-")
  }

  /// Whether `html` holds ` align="`, searched in its UTF-8 bytes: Foundation's
  /// `String.contains(_:)` goes through a locale-aware `CFStringFind`, which cost more than a
  /// narrative's whole render, and left every rendered narrative an index of its UTF-16
  /// offsets, kept as long as the narrative (about 90 bytes each).
  static func hasAlignAttribute(_ html: String) -> Bool {
    let needle = Array(" align=\"".utf8)
    var html = html
    return html.withUTF8 { bytes in
      guard bytes.count >= needle.count else { return false }
      var start = 0
      while start <= bytes.count - needle.count {
        if bytes[start] == needle[0] {
          var matched = 1
          while matched < needle.count, bytes[start + matched] == needle[matched] { matched += 1 }
          if matched == needle.count { return true }
        }
        start += 1
      }
      return false
    }
  }

  /// Where `markdown` has raw HTML (which ``renderHTML(_:options:headingOffset:)`` drops);
  /// columns count characters (cmark counts bytes).
  static func rawHTMLPositions(_ markdown: String) -> [MarkdownPosition] {
    // Raw HTML, a block or inline, starts with `<`: text without one is not parsed at all.
    guard hasOpeningAngle(markdown) else { return [] }
    let extensions = registeredExtensions.pointers
    let flags = cmarkFlags(for: [])
    let byteColumns = cmarkLock.withLock {
      withDocument(markdown, flags: flags, extensions: extensions) { document, _ in
        rawHTMLNodes(in: document).map {
          (line: Int(cmark_node_get_start_line($0)), byte: Int(cmark_node_get_start_column($0)))
        }
      }
    }
    guard !byteColumns.isEmpty else { return [] }
    let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
    return byteColumns.map { position in
      guard lines.indices.contains(position.line - 1) else {
        return MarkdownPosition(line: position.line, column: position.byte)
      }
      let prefix = lines[position.line - 1].utf8.prefix(max(0, position.byte - 1))
      return MarkdownPosition(
        line: position.line, column: String(decoding: prefix, as: UTF8.self).count + 1)
    }
  }

  /// Whether `markdown` holds a `<`, found with `memchr` in its UTF-8 bytes: a generic search
  /// of the UTF-8 view cost as much as the rest of `check`'s pass over the narratives.
  static func hasOpeningAngle(_ markdown: String) -> Bool {
    var markdown = markdown
    return markdown.withUTF8 { bytes in
      guard let base = bytes.baseAddress else { return false }
      return memchr(base, Int32(UInt8(ascii: "<")), bytes.count) != nil
    }
  }

  /// Maps the public options to `CMARK_OPT_*` flags. `CMARK_OPT_UNSAFE` is never set.
  static func cmarkFlags(for options: MarkdownOptions) -> Int32 {
    var flags = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8
    if options.contains(.smartPunctuation) { flags |= CMARK_OPT_SMART }
    if options.contains(.hardBreaks) { flags |= CMARK_OPT_HARDBREAKS }
    return flags
  }
}

// MARK: - Process-wide state

/// The core extensions, registered exactly once. A global `let` is initialised
/// lazily and atomically (`swift_once`), which matters because
/// `cmark_gfm_core_extensions_ensure_registered` itself is not thread-safe: a
/// second concurrent registration aborts in `cmark_register_node_flag`.
private let registeredExtensions: ExtensionPointers = {
  cmark_gfm_core_extensions_ensure_registered()
  let pointers = CmarkGFM.extensionNames.map { name in
    guard let pointer = cmark_find_syntax_extension(name) else {
      preconditionFailure("cmark-gfm syntax extension '\(name)' is not available")
    }
    return pointer
  }
  return ExtensionPointers(pointers: pointers)
}()

/// The registered extensions live for the whole process and are only read
/// after registration, so sharing the pointers between threads is safe.
private struct ExtensionPointers: @unchecked Sendable {
  let pointers: [OpaquePointer]
}

/// Serialises all parsing and rendering. cmark-gfm 0.29 adds the extensions'
/// special inline characters (`~`, `|`, `:`, `w`, …) to a global table at the
/// start of `cmark_parser_finish` and removes them at its end, so two
/// concurrent parses can see each other's removal and e.g. miss a
/// strikethrough (github/cmark-gfm PR #176 was never merged).
private let cmarkLock = NSLock()

// MARK: - Rendering (call only while holding `cmarkLock`)

/// Parses `markdown` and hands the document (and the parser's attached extensions) to `body`;
/// frees both afterwards.
private func withDocument<Result>(
  _ markdown: String, flags: Int32, extensions: [OpaquePointer],
  _ body: (OpaquePointer, UnsafeMutablePointer<cmark_llist>?) -> Result
) -> Result {
  let mem = cmark_get_default_mem_allocator()
  guard let parser = cmark_parser_new_with_mem(flags, mem) else {
    preconditionFailure("cmark_parser_new_with_mem failed")
  }
  defer { cmark_parser_free(parser) }
  for syntaxExtension in extensions {
    cmark_parser_attach_syntax_extension(parser, syntaxExtension)
  }

  var source = markdown
  source.withUTF8 { bytes in
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
    base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { chars in
      cmark_parser_feed(parser, chars, bytes.count)
    }
  }

  guard let document = cmark_parser_finish(parser) else {
    preconditionFailure("cmark_parser_finish failed")
  }
  defer { cmark_node_free(document) }
  return body(document, cmark_parser_get_syntax_extensions(parser))
}

private func render(
  _ markdown: String, flags: Int32, extensions: [OpaquePointer], headingOffset: Int
) -> String {
  withDocument(markdown, flags: flags, extensions: extensions) { document, attached in
    removeRawHTML(in: document)
    if headingOffset != 0 { shiftHeadings(in: document, by: headingOffset) }
    let mem = cmark_get_default_mem_allocator()
    guard let rendered = cmark_render_html_with_mem(document, flags, attached, mem) else {
      preconditionFailure("cmark_render_html_with_mem failed")
    }
    defer { mem?.pointee.free(rendered) }
    return String(cString: rendered)
  }
}

/// Every raw HTML node (block and inline), in document order.
private func rawHTMLNodes(in document: OpaquePointer) -> [OpaquePointer] {
  nodes(in: document) { $0 == CMARK_NODE_HTML_BLOCK || $0 == CMARK_NODE_HTML_INLINE }
}

/// The nodes of the types `wanted` accepts, in document order.
private func nodes(in document: OpaquePointer, _ wanted: (cmark_node_type) -> Bool)
  -> [OpaquePointer]
{
  var found: [OpaquePointer] = []
  guard let iterator = cmark_iter_new(document) else {
    preconditionFailure("cmark_iter_new failed")
  }
  while true {
    let event = cmark_iter_next(iterator)
    if event == CMARK_EVENT_DONE { break }
    guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
    if wanted(cmark_node_get_type(node)) { found.append(node) }
  }
  cmark_iter_free(iterator)
  return found
}

/// Raises every heading's level by `offset`, to at most 6.
private func shiftHeadings(in document: OpaquePointer, by offset: Int) {
  for heading in nodes(in: document, { $0 == CMARK_NODE_HEADING }) {
    let level = Int(cmark_node_get_heading_level(heading))
    cmark_node_set_heading_level(heading, Int32(min(6, max(1, level + offset))))
  }
}

/// Unlinks and frees every raw HTML node (block and inline), and any paragraph
/// that is left without children because of it. Nodes are collected first and
/// removed after the iterator is freed, so the tree is never modified while it
/// is being walked.
private func removeRawHTML(in document: OpaquePointer) {
  let rawHTML = rawHTMLNodes(in: document)
  for node in rawHTML {
    let parent = cmark_node_parent(node)
    cmark_node_unlink(node)
    cmark_node_free(node)
    if let parent, cmark_node_get_type(parent) == CMARK_NODE_PARAGRAPH,
      cmark_node_first_child(parent) == nil
    {
      cmark_node_unlink(parent)
      cmark_node_free(parent)
    }
  }
}
