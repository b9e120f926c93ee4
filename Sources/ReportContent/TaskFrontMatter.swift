import ReportModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A fast reader for the front matter of a task file exactly as report-site writes it (see
/// ``TaskFile/text(for:sectionNumeral:subsectionNumeral:)``): `key: scalar` lines, `units:`
/// with `  - item` lines, an optional `due:`, comment lines and a `writtenAs:` map of
/// 2-space-indented keys, with plain or double-quoted scalars as ``YAMLText`` writes them.
/// It reads UTF-8 bytes, and makes a string only for each value.
///
/// It answers only when it is certain to read what Yams reads, locations included, and when
/// the task has no problem to report; anything else (flow style, block scalars, single quotes,
/// anchors, tabs, other indentation, other escapes, blank lines, unknown or repeated keys, a
/// missing field, a value that is not a number or a date, a value that starts with a mark that
/// joins the space before it …) gives nil, and the file is read with Yams, which reports every
/// diagnostic.
enum TaskFrontMatter {
  /// The task whose front matter is `frontMatter` (the lines between the `---` lines, joined
  /// by newlines, the first at file line 2); nil when unsure.
  static func task(
    _ frontMatter: String, path: String, narrative: String, location: SourceLocation
  ) -> KeyTask? {
    TextBytes.with(frontMatter) { text in
      task(
        text.bytes[...], of: text, path: path, narrative: narrative, location: location)
    }
  }

  /// The task whose front matter is `part` of the UTF-8 bytes of `text` (the lines between
  /// the `---` lines, joined by newlines, the first at file line 2); nil when unsure.
  static func task(
    _ part: Slice<UnsafeBufferPointer<UInt8>>, of text: TextBytes, path: String,
    narrative: String, location: SourceLocation
  ) -> KeyTask? {
    let bytes = UnsafeBufferPointer(rebasing: part)
    var reader = FrontMatterReader(path: path, text: text)
    var lineStart = 0
    var lineNumber = 2
    while true {
      let lineEnd = UTF8Bytes.index(of: UInt8(ascii: "\n"), in: bytes, from: lineStart)
      let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<(lineEnd ?? bytes.count)])
      guard reader.read(line, lineNumber: lineNumber) else { return nil }
      guard let lineEnd else { break }
      lineStart = lineEnd + 1
      lineNumber += 1
    }
    return reader.task(narrative: narrative, location: location)
  }
}
