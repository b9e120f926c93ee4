import SiteTemplates

/// Renders compiled templates straight into UTF-8 bytes, reading view models through a
/// ``RenderLayout``. It gives the bytes swift-mustache gives for the same templates and view
/// models (see `FastRendererTests`), with these semantics:
/// - a key resolves in the innermost scope that has it; a property that is `nil` stops the
///   search and renders as nothing (a false section), as ``KeyRecorder`` does;
/// - `Bool` sections render or not without a new scope; arrays render once per element with the
///   element as the scope; other values render once with the value as the scope;
/// - a standalone partial or block indents the lines it renders, the way swift-mustache does
///   (its render of a token list indents a token's output when the output so far ends a line).
struct TemplateRenderer {
  let program: RenderProgram
  /// The layout's kinds and fields, valid while ``render(_:body:root:into:)`` runs.
  private let kinds: UnsafeBufferPointer<RenderLayout.Kind>
  private let fields: UnsafeBufferPointer<RenderLayout.Field>

  /// Renders the template whose body is `body` (see ``RenderProgram/templateBodies``) with the
  /// view model at `root`, laid out as `layout` says, into `output`, which is emptied first (its
  /// capacity is kept).
  static func render(
    _ program: RenderProgram, layout: RenderLayout, body: Int, root: UnsafeRawPointer,
    into output: inout [UInt8]
  ) {
    layout.kinds.withUnsafeBufferPointer { kinds in
      layout.fields.withUnsafeBufferPointer { fields in
        let renderer = TemplateRenderer(program: program, kinds: kinds, fields: fields)
        output.removeAll(keepingCapacity: true)
        var state = State(output: output, scopes: [LaidOutValue(kind: layout.root, pointer: root)])
        output = []
        state.scopes.reserveCapacity(8)
        let span = program.bodies[body]
        renderer.run(Int(span.start), Int(span.end), &state)
        output = state.output
      }
    }
  }

  private struct State {
    var output: [UInt8]
    var scopes: [LaidOutValue]
    /// The block overrides in force, outermost first (the outermost one of a name wins).
    var overrides: [RenderProgram.Override] = []
    /// The indentation in force, as literal spans, and its length in bytes.
    var indentation: [RenderProgram.Span] = []
    var indentationCount = 0
  }

  /// Renders the instructions `start..<end` of one body.
  private func run(_ start: Int, _ end: Int, _ state: inout State) {
    var index = start
    guard state.indentationCount > 0 else {
      while index < end { index = step(index, &state) }
      return
    }
    let bodyStart = state.output.count
    while index < end {
      let count = state.output.count
      let atLineStart = count > bodyStart && state.output[count - 1] == UInt8(ascii: "\n")
      if atLineStart {
        for span in state.indentation { appendLiteral(span, to: &state.output) }
      }
      let contentStart = state.output.count
      index = step(index, &state)
      if atLineStart, state.output.count == contentStart {
        state.output.removeLast(state.indentationCount)
      }
    }
  }

  /// Renders the instruction at `index`; returns the index of the next one.
  private func step(_ index: Int, _ state: inout State) -> Int {
    switch program.code[index] {
    case .text(let span):
      appendLiteral(span, to: &state.output)
    case .variable(let key, let escaped):
      guard let value = resolve(key, state.scopes) else { break }
      append(value, escaped: escaped, to: &state.output)
    case .section(let key, let end, let inverted):
      section(key, index + 1, Int(end), inverted: inverted, &state)
      return Int(end)
    case .partial(let body, let indentation, let set):
      guard body >= 0 else { break }
      let overrides = program.overrideSets[Int(set)]
      let depth = state.overrides.count
      for position in Int(overrides.start)..<Int(overrides.end) {
        state.overrides.append(program.overrides[position])
      }
      indented(indentation, body: Int(body), &state)
      state.overrides.removeSubrange(depth...)
    case .block(let name, let fallback, let indentation):
      var body = fallback
      for override in state.overrides where override.name == name {
        body = override.body
        break
      }
      indented(indentation, body: Int(body), &state)
    }
    return index + 1
  }

  private func indented(_ indentation: RenderProgram.Span, body: Int, _ state: inout State) {
    let span = program.bodies[body]
    guard !indentation.isEmpty else {
      run(Int(span.start), Int(span.end), &state)
      return
    }
    state.indentation.append(indentation)
    state.indentationCount += Int(indentation.end - indentation.start)
    run(Int(span.start), Int(span.end), &state)
    state.indentationCount -= Int(indentation.end - indentation.start)
    state.indentation.removeLast()
  }

  private func section(
    _ key: Int32, _ start: Int, _ end: Int, inverted: Bool, _ state: inout State
  ) {
    let value = resolve(key, state.scopes)
    if inverted {
      if isFalsy(value) { run(start, end, &state) }
      return
    }
    guard let value else { return }
    let kind = kinds[Int(value.kind)]
    switch kind.tag {
    case .bool:
      if value.bool { run(start, end, &state) }
    case .array:
      let element = kind.child
      kind.arrayAccess!.forEach(value.pointer) { pointer, _ in
        guard let item = unwrapped(LaidOutValue(kind: element, pointer: pointer)) else {
          run(start, end, &state)
          return
        }
        state.scopes.append(item)
        run(start, end, &state)
        state.scopes.removeLast()
      }
    case .unsupported:
      return
    default:
      state.scopes.append(value)
      run(start, end, &state)
      state.scopes.removeLast()
    }
  }

  private func appendLiteral(_ span: RenderProgram.Span, to output: inout [UInt8]) {
    program.literals.withUnsafeBufferPointer { literals in
      output.append(
        contentsOf: UnsafeBufferPointer(rebasing: literals[Int(span.start)..<Int(span.end)]))
    }
  }

  /// Nil when `value` is an optional that is `nil`; otherwise the value with optionals
  /// removed. An optional's payload is stored at its start.
  private func unwrapped(_ value: LaidOutValue) -> LaidOutValue? {
    var kind = value.kind
    while true {
      let entry = kinds[Int(kind)]
      guard entry.tag == .optional else { break }
      if let testable = entry.nilTestable {
        if testable.isNilOptional(value.pointer) { return nil }
      } else if entry.optionalAccess!.isNil(value.pointer) {
        return nil
      }
      kind = entry.child
    }
    return LaidOutValue(kind: kind, pointer: value.pointer)
  }

  /// The field of key id `key` of `value` when it is an object that has one.
  private func field(_ key: Int, of value: LaidOutValue) -> LaidOutValue? {
    let kind = kinds[Int(value.kind)]
    guard kind.tag == .object else { return nil }
    let field = fields[Int(kind.fieldBase) + key]
    guard field.kind >= 0 else { return nil }
    return LaidOutValue(kind: field.kind, pointer: value.pointer + Int(field.offset))
  }

  /// The value a key names, optionals removed; nil when missing or `nil`.
  private func resolve(_ key: Int32, _ scopes: [LaidOutValue]) -> LaidOutValue? {
    let span = program.keys[Int(key)]
    let idsStart = Int(span.start)
    let idsEnd = Int(span.end)
    guard idsStart < idsEnd else { return scopes.last.flatMap(unwrapped) }
    let first = program.keyIDs[idsStart]
    var found: LaidOutValue?
    var index = scopes.count - 1
    while index >= 0 {
      if let value = field(first, of: scopes[index]) {
        found = value
        break
      }
      index -= 1
    }
    guard var value = found else { return nil }
    var position = idsStart + 1
    while position < idsEnd {
      guard let object = unwrapped(value), let next = field(program.keyIDs[position], of: object)
      else { return nil }
      value = next
      position += 1
    }
    return unwrapped(value)
  }

  private func isFalsy(_ value: LaidOutValue?) -> Bool {
    guard let value else { return true }
    let kind = kinds[Int(value.kind)]
    switch kind.tag {
    case .bool: return !value.bool
    case .array: return kind.arrayAccess!.count(value.pointer) == 0
    default: return false
    }
  }

  private func append(_ value: LaidOutValue, escaped: Bool, to output: inout [UInt8]) {
    switch kinds[Int(value.kind)].tag {
    case .string:
      if escaped {
        value.withStringUTF8 { Self.appendEscaped($0, to: &output) }
      } else {
        value.withStringUTF8 { output.append(contentsOf: $0) }
      }
    case .int:
      Self.appendDecimal(value.int, to: &output)
    case .bool:
      output.append(contentsOf: (value.bool ? "true" : "false").utf8)
    case .double:
      let text = String(describing: value.double)
      if escaped {
        Self.appendEscaped(text, to: &output)
      } else {
        output.append(contentsOf: text.utf8)
      }
    default:
      break
    }
  }

  /// HTML-escapes `& < > " '` as swift-mustache does.
  static func appendEscaped(_ text: String, to output: inout [UInt8]) {
    var text = text
    text.withUTF8 { appendEscaped($0, to: &output) }
  }

  /// HTML-escapes the UTF-8 text `bytes`, as ``appendEscaped(_:to:)-(String,_)`` does.
  ///
  /// The five characters to escape are `"&'` (0x22…0x27) and `<>` (0x3C…0x3E); eight bytes at a
  /// time are skipped while none of them is in either range (SWAR "has a byte between").
  static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
    EscapingScan.append(
      bytes, to: &output, mayNeedEscaping: mayHoldEscapable,
      needsEscaping: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 },
      escape: { byte, output in
        let replacement: StaticString
        switch byte {
        case UInt8(ascii: "&"): replacement = "&amp;"
        case UInt8(ascii: "<"): replacement = "&lt;"
        case UInt8(ascii: ">"): replacement = "&gt;"
        case UInt8(ascii: "\""): replacement = "&quot;"
        default: replacement = "&#39;"
        }
        output.append(
          contentsOf: UnsafeBufferPointer(
            start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
      })
  }

  /// Whether one of the eight bytes of `word` is in 0x22…0x27 or 0x3C…0x3E; false only when
  /// none is.
  @inline(__always)
  private static func mayHoldEscapable(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let low = word & (ones &* 127)
    func between(_ above: UInt64, _ below: UInt64) -> UInt64 {
      ((ones &* (127 + below)) &- low) & ~word & (low &+ ones &* (127 - above)) & (ones &* 128)
    }
    return between(0x21, 0x28) | between(0x3B, 0x3F) != 0
  }

  static func appendDecimal(_ value: Int, to output: inout [UInt8]) {
    if value < 0 {
      output.append(contentsOf: String(value).utf8)
      return
    }
    var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
      (0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    var remaining = value
    var count = 0
    guard value < 10_000_000_000 else {
      output.append(contentsOf: String(value).utf8)
      return
    }
    withUnsafeMutableBytes(of: &digits) { buffer in
      repeat {
        buffer[9 - count] = UInt8(ascii: "0") + UInt8(remaining % 10)
        remaining /= 10
        count += 1
      } while remaining > 0
      output.append(contentsOf: buffer[(10 - count)...])
    }
  }
}
