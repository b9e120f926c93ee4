/// Parses Mustache text into ``TemplateNode``s.
///
/// Whitespace follows the specification's standalone rule as swift-mustache reads it: a line
/// that holds only whitespace and one section, inverted section, section end, comment,
/// partial, parent, block or delimiter tag renders nothing at all; the whitespace before a
/// standalone partial, parent or block indents each line it renders. Whether a tag starts its
/// line is carried from the tag before: after a standalone tag the next line starts fresh.
/// Inside a parent's block override, the indentation of the override's first line is taken
/// off every line.
struct TemplateParser {
  private struct State {
    var sectionName: String?
    var newLine = true
    var inBlockOverride = false
    var atParentTopLevel = false
    var start: [UInt8] = Array("{{".utf8)
    var end: [UInt8] = Array("}}".utf8)
    var overrideIndentation: [UInt8]?
  }

  /// Where a parse stopped: at the end of a section, or of the text.
  private struct Body {
    var nodes: [TemplateNode]
    /// The indentation of the body's first line, taken off every line (inside overrides and
    /// standalone blocks).
    var indentation: [UInt8]?
  }

  let name: String
  private let text: [UInt8]
  private var index = 0
  /// The byte offset where each line starts.
  private let lineStarts: [Int]

  private init(name: String, text: String) {
    self.name = name
    self.text = Array(text.utf8)
    var starts = [0]
    for (offset, byte) in self.text.enumerated() where byte == UInt8(ascii: "\n") {
      starts.append(offset + 1)
    }
    lineStarts = starts
  }

  /// Parses the template `name`.
  static func parse(_ text: String, name: String) throws(TemplateError) -> [TemplateNode] {
    var parser = TemplateParser(name: name, text: text)
    return try parser.body(State()).nodes
  }

  private mutating func body(_ initial: State) throws(TemplateError) -> Body {
    var nodes: [TemplateNode] = []
    var state = initial
    var whitespace: [UInt8] = []
    while index < text.count {
      if state.newLine {
        let spaces = read(while: { $0 == 0x20 || $0 == 0x09 })
        if state.inBlockOverride, !state.atParentTopLevel {
          if let indentation = state.overrideIndentation {
            whitespace = Array(spaces.dropFirst(indentation.count))
          } else {
            state.overrideIndentation = spaces
          }
        } else {
          whitespace = spaces
        }
      }
      let literal = readText(state)
      if let newline = newlineLength(at: index) {
        nodes.append(.text(whitespace + literal + text[index..<index + newline]))
        index += newline
        state.newLine = true
        continue
      }
      if !literal.isEmpty {
        nodes.append(.text(whitespace + literal))
        whitespace = []
        state.newLine = false
      }
      guard index < text.count else { break }
      // `index` is just after the opening delimiter.
      let tagStart = index - state.start.count
      let position = self.position(tagStart)
      var standalone = false
      func flushWhitespace() {
        if !whitespace.isEmpty {
          nodes.append(.text(whitespace))
          whitespace = []
        }
      }
      switch text[index] {
      case UInt8(ascii: "#"), UInt8(ascii: "^"):
        let inverted = text[index] == UInt8(ascii: "^")
        index += 1
        let key = try self.key(state, at: position)
        if isStandalone(state) { standalone = true } else { flushWhitespace() }
        let inner = try body(section(state, key.name, newLine: standalone))
        nodes.append(.section(key, inner.nodes, inverted: inverted))
      case UInt8(ascii: "/"):
        index += 1
        let closing = try name(state, at: position)
        guard closing == state.sectionName else {
          throw error(
            .syntax(
              state.sectionName.map { "\"\(closing)\" closes section \"\($0)\"" }
                ?? "\"\(closing)\" closes no section"), position)
        }
        if !isStandalone(state) { flushWhitespace() }
        return Body(nodes: nodes, indentation: state.overrideIndentation)
      case UInt8(ascii: "!"):
        index += 1
        guard let close = find(state.end, from: index) else {
          throw error(.syntax("a comment is not closed"), position)
        }
        index = close + state.end.count
        standalone = isStandalone(state)
      case UInt8(ascii: "{"):
        flushWhitespace()
        index += 1
        let key = try self.key(state, at: position)
        guard index < text.count, text[index] == UInt8(ascii: "}") else {
          throw error(.syntax("a triple mustache is not closed with }"), position)
        }
        index += 1
        nodes.append(.variable(key, escaped: false))
      case UInt8(ascii: "&"):
        flushWhitespace()
        index += 1
        nodes.append(.variable(try key(state, at: position), escaped: false))
      case UInt8(ascii: ">"):
        index += 1
        let partial = try includeName(state, at: position)
        flushWhitespaceKeeping(&nodes, whitespace)
        let indentation = whitespace
        whitespace = []
        standalone = isStandalone(state)
        nodes.append(
          .partial(
            TemplateInclude(
              name: partial, position: position, indentation: standalone ? indentation : [],
              overrides: [])))
      case UInt8(ascii: "<"):
        index += 1
        let parent = try includeName(state, at: position)
        flushWhitespaceKeeping(&nodes, whitespace)
        let indentation = whitespace
        whitespace = []
        standalone = isStandalone(state)
        var inner = state
        inner.sectionName = parent
        inner.newLine = true
        inner.inBlockOverride = true
        inner.atParentTopLevel = true
        let content = try body(inner)
        var overrides: [(name: String, nodes: [TemplateNode])] = []
        for node in content.nodes {
          switch node {
          case .block(let block, let nodes, _):
            // A block given twice: the last one counts.
            overrides.removeAll { $0.name == block }
            overrides.append((block, nodes))
          case .text: continue
          default:
            throw error(.syntax("a parent holds a tag outside any block"), position)
          }
        }
        nodes.append(
          .partial(
            TemplateInclude(
              name: parent, position: position, indentation: indentation, overrides: overrides)))
      case UInt8(ascii: "$"):
        index += 1
        let block = try name(state, at: position)
        if state.atParentTopLevel {
          standalone = isStandalone(state)
          let inner = try body(section(state, block, newLine: standalone))
          nodes.append(.block(name: block, inner.nodes, indentation: []))
        } else {
          flushWhitespaceKeeping(&nodes, whitespace)
          var indentation = whitespace
          whitespace = []
          standalone = isStandalone(state)
          var inner = section(state, block, newLine: standalone)
          if standalone {
            // The default's own indentation is the block's: an override is indented as the
            // default is written.
            inner.inBlockOverride = true
            inner.overrideIndentation = nil
          }
          let content = try body(inner)
          if standalone, !content.nodes.isEmpty, let intrinsic = content.indentation,
            !intrinsic.isEmpty
          {
            nodes.append(.text(intrinsic))
            indentation += intrinsic
          }
          nodes.append(.block(name: block, content.nodes, indentation: indentation))
        }
      case UInt8(ascii: "="):
        index += 1
        try setDelimiters(&state, at: position)
        standalone = isStandalone(state)
      case UInt8(ascii: "%"):
        throw error(.unsupported("pragmas ({{%…}})"), position)
      default:
        flushWhitespace()
        nodes.append(.variable(try key(state, at: position), escaped: true))
      }
      state.newLine = standalone
    }
    if let open = state.sectionName {
      throw error(.syntax("section \"\(open)\" is never closed"), position(text.count))
    }
    return Body(nodes: nodes, indentation: state.overrideIndentation)
  }

  /// Partials, parents and blocks keep the whitespace before them as text as well as using it
  /// as their indentation: the first line's indentation is that text.
  private func flushWhitespaceKeeping(_ nodes: inout [TemplateNode], _ whitespace: [UInt8]) {
    if !whitespace.isEmpty { nodes.append(.text(whitespace)) }
  }

  private func section(_ state: State, _ name: String, newLine: Bool) -> State {
    var inner = state
    inner.sectionName = name
    inner.atParentTopLevel = false
    if !newLine { inner.newLine = false }
    return inner
  }

  /// Whether the tag just read ends its line (or the text) after optional spaces, on a line
  /// that had nothing before it; if so, moves past the line's end.
  private mutating func isStandalone(_ state: State) -> Bool {
    guard state.newLine else { return false }
    if index >= text.count { return true }
    var next = index
    while next < text.count, text[next] == 0x20 || text[next] == 0x09 { next += 1 }
    if next >= text.count {
      return false
    }
    guard let newline = newlineLength(at: next) else { return false }
    index = next + newline
    return true
  }

  private func newlineLength(at offset: Int) -> Int? {
    guard offset < text.count else { return nil }
    if text[offset] == UInt8(ascii: "\n") { return 1 }
    if text[offset] == UInt8(ascii: "\r"), offset + 1 < text.count,
      text[offset + 1] == UInt8(ascii: "\n")
    {
      return 2
    }
    return nil
  }

  /// Reads text up to a newline or past the next opening delimiter.
  private mutating func readText(_ state: State) -> [UInt8] {
    let first = state.start[0]
    var literal: [UInt8] = []
    while index < text.count {
      let byte = text[index]
      if newlineLength(at: index) != nil { break }
      if byte == first, matches(state.start, at: index) {
        index += state.start.count
        return literal
      }
      literal.append(byte)
      index += 1
    }
    return literal
  }

  private mutating func read(while predicate: (UInt8) -> Bool) -> [UInt8] {
    let start = index
    while index < text.count, predicate(text[index]) { index += 1 }
    return Array(text[start..<index])
  }

  private func matches(_ pattern: [UInt8], at offset: Int) -> Bool {
    guard offset + pattern.count <= text.count else { return false }
    for (position, byte) in pattern.enumerated() where text[offset + position] != byte {
      return false
    }
    return true
  }

  private func find(_ pattern: [UInt8], from offset: Int) -> Int? {
    var next = offset
    while next + pattern.count <= text.count {
      if matches(pattern, at: next) { return next }
      next += 1
    }
    return nil
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0B || byte == 0x0C
  }

  private static func isNameByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"),
      UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "."), UInt8(ascii: "-"),
      UInt8(ascii: "_"), UInt8(ascii: "?"):
      true
    default: false
    }
  }

  /// Reads a tag's name and its closing delimiter.
  private mutating func name(_ state: State, at position: TemplatePosition) throws(TemplateError)
    -> String
  {
    _ = read(while: Self.isSpace)
    let name = read(while: Self.isNameByte)
    _ = read(while: Self.isSpace)
    guard matches(state.end, at: index) else {
      if index < text.count, text[index] == UInt8(ascii: "(") || text[index] == UInt8(ascii: "*") {
        throw error(.unsupported("lambdas and transforms ({{f(name)}}, {{*name}})"), position)
      }
      throw error(
        .syntax("a tag is not closed with \(String(decoding: state.end, as: UTF8.self))"),
        position)
    }
    index += state.end.count
    return String(decoding: name, as: UTF8.self)
  }

  private mutating func key(_ state: State, at position: TemplatePosition) throws(TemplateError)
    -> TemplateKey
  {
    let name = try self.name(state, at: position)
    if name == "." { return TemplateKey(components: [], position: position) }
    let isLocal = name.hasPrefix(".")
    let components = name.dropFirst(isLocal ? 1 : 0).split(
      separator: ".", omittingEmptySubsequences: false)
    guard !name.isEmpty, components.allSatisfy({ !$0.isEmpty }) else {
      throw error(.syntax("\"\(name)\" is not a key"), position)
    }
    return TemplateKey(
      components: components.map(String.init), isLocal: isLocal, position: position)
  }

  /// The name of a partial or parent; `*name` (a dynamic name) is refused.
  private mutating func includeName(_ state: State, at position: TemplatePosition)
    throws(TemplateError) -> String
  {
    _ = read(while: Self.isSpace)
    if index < text.count, text[index] == UInt8(ascii: "*") {
      throw error(.unsupported("dynamic names ({{>*name}})"), position)
    }
    let name = read(while: { Self.isNameByte($0) || $0 == UInt8(ascii: "/") })
    _ = read(while: Self.isSpace)
    guard !name.isEmpty, matches(state.end, at: index) else {
      throw error(.syntax("a partial's name is missing or not closed"), position)
    }
    index += state.end.count
    return String(decoding: name, as: UTF8.self)
  }

  private mutating func setDelimiters(_ state: inout State, at position: TemplatePosition)
    throws(TemplateError)
  {
    let malformed = error(.syntax("a delimiter change is malformed"), position)
    _ = read(while: Self.isSpace)
    let start = read(while: { !Self.isSpace($0) })
    _ = read(while: Self.isSpace)
    let end = read(while: { !Self.isSpace($0) && $0 != UInt8(ascii: "=") })
    _ = read(while: Self.isSpace)
    guard !start.isEmpty, !end.isEmpty, index < text.count, text[index] == UInt8(ascii: "=")
    else { throw malformed }
    index += 1
    guard matches(state.end, at: index) else { throw malformed }
    index += state.end.count
    state.start = start
    state.end = end
    state.atParentTopLevel = false
  }

  /// The line and column (in Unicode scalars) of a byte offset.
  private func position(_ offset: Int) -> TemplatePosition {
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
    }
    let column = text[lineStarts[low]..<min(offset, text.count)].count { $0 & 0xC0 != 0x80 } + 1
    return TemplatePosition(template: name, line: low + 1, column: column)
  }

  private func error(_ reason: TemplateError.Reason, _ position: TemplatePosition) -> TemplateError
  {
    TemplateError(reason, at: position)
  }
}
