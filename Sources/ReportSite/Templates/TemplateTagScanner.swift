/// Finds the tags of a Mustache template with their lines, for checks the Mustache library does
/// not make itself: partials that exist, and where a key is used. Templates that change the
/// delimiters (`{{=<% %>=}}`) are scanned up to the change only.
enum TemplateTagScanner {
  static func tags(in text: String) -> [TemplateTag] {
    var tags: [TemplateTag] = []
    var line = 1
    var index = text.startIndex
    while index < text.endIndex {
      guard let open = text[index...].range(of: "{{") else { break }
      line += text[index..<open.lowerBound].count { $0 == "\n" }
      let triple = text[open.upperBound...].hasPrefix("{")
      let closing = triple ? "}}}" : "}}"
      guard let close = text[open.upperBound...].range(of: closing) else { break }
      var body = Substring(text[open.upperBound..<close.lowerBound])
      if triple { body = body.dropFirst() }
      let tagLine = line
      line += body.count { $0 == "\n" }
      index = close.upperBound
      guard let tag = tag(body, line: tagLine, triple: triple) else { break }
      tags.append(tag)
    }
    return tags
  }

  /// The tag for a tag body; nil for a delimiter change, after which scanning stops.
  private static func tag(_ body: Substring, line: Int, triple: Bool) -> TemplateTag? {
    let trimmed = body.trimmingWhitespace
    if triple { return TemplateTag(kind: .variable, name: String(trimmed), line: line) }
    guard let sigil = trimmed.first else {
      return TemplateTag(kind: .other, name: "", line: line)
    }
    let rest = String(trimmed.dropFirst().trimmingWhitespace)
    switch sigil {
    case "#", "^": return TemplateTag(kind: .section, name: rest, line: line)
    case "/": return TemplateTag(kind: .sectionEnd, name: rest, line: line)
    case ">": return TemplateTag(kind: .partial, name: rest, line: line)
    case "<": return TemplateTag(kind: .parent, name: rest, line: line)
    case "$": return TemplateTag(kind: .block, name: rest, line: line)
    case "&": return TemplateTag(kind: .variable, name: rest, line: line)
    case "!": return TemplateTag(kind: .other, name: "", line: line)
    case "=": return nil
    default: return TemplateTag(kind: .variable, name: String(trimmed), line: line)
    }
  }
}

extension Substring {
  fileprivate var trimmingWhitespace: Substring {
    guard let start = firstIndex(where: { !$0.isWhitespace }) else { return "" }
    let end = lastIndex(where: { !$0.isWhitespace })!
    return self[start...end]
  }
}
