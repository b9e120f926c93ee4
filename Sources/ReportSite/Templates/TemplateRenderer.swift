/// Renders compiled templates straight into UTF-8 bytes, reading view models through their
/// ``TypeShape``s. It gives the bytes swift-mustache gives for the same templates and view
/// models (see `FastRendererTests`), with these semantics:
/// - a key resolves in the innermost scope that has it; a property that is `nil` stops the
///   search and renders as nothing (a false section), as ``KeyRecorder`` does;
/// - `Bool` sections render or not without a new scope; arrays render once per element with the
///   element as the scope; other values render once with the value as the scope;
/// - a standalone partial or block indents the lines it renders, the way swift-mustache does
///   (its render of a token list indents a token's output when the output so far ends a line).
struct TemplateRenderer {
  let templates: [String: CompiledTemplate]

  /// Renders `template` with the view model `root` into `output`, which is emptied first (its
  /// capacity is kept).
  func render(_ template: CompiledTemplate, root: ViewValue, into output: inout [UInt8]) {
    output.removeAll(keepingCapacity: true)
    var state = State(output: output, scopes: [root])
    output = []
    render(template.body, &state, overrides: [:], indentation: [])
    output = state.output
  }

  private struct State {
    var output: [UInt8]
    var scopes: [ViewValue]
  }

  private func render(
    _ body: TemplateBody, _ state: inout State, overrides: [String: TemplateBody],
    indentation: [UInt8]
  ) {
    // The nodes are passed by reference to the buffer, not copied (a copy of a node retains
    // everything it holds).
    body.nodes.withUnsafeBufferPointer { nodes in
      guard !indentation.isEmpty else {
        for index in nodes.indices {
          render(nodes[index], &state, overrides: overrides, indentation: indentation)
        }
        return
      }
      let start = state.output.count
      for index in nodes.indices {
        let count = state.output.count
        let atLineStart = count > start && state.output[count - 1] == UInt8(ascii: "\n")
        if atLineStart { state.output.append(contentsOf: indentation) }
        let contentStart = state.output.count
        render(nodes[index], &state, overrides: overrides, indentation: indentation)
        if atLineStart, state.output.count == contentStart {
          state.output.removeLast(indentation.count)
        }
      }
    }
  }

  private func render(
    _ node: TemplateNode, _ state: inout State, overrides: [String: TemplateBody],
    indentation: [UInt8]
  ) {
    switch node {
    case .text(let bytes):
      state.output.append(contentsOf: bytes)
    case .variable(let key, let escaped):
      guard let value = resolve(key, state.scopes) else { return }
      Self.append(value, escaped: escaped, to: &state.output)
    case .section(let key, let content, let inverted):
      let value = resolve(key, state.scopes)
      if inverted {
        if Self.isFalsy(value) {
          render(content, &state, overrides: overrides, indentation: indentation)
        }
        return
      }
      guard let value else { return }
      switch value.kind {
      case .bool:
        if value.bool { render(content, &state, overrides: overrides, indentation: indentation) }
      case .array(let element, let access):
        access.forEach(value.pointer) { pointer, _ in
          guard let item = ViewValue(kind: element, pointer: pointer).unwrapped else {
            render(content, &state, overrides: overrides, indentation: indentation)
            return
          }
          state.scopes.append(item)
          render(content, &state, overrides: overrides, indentation: indentation)
          state.scopes.removeLast()
        }
      case .unsupported:
        return
      default:
        state.scopes.append(value)
        render(content, &state, overrides: overrides, indentation: indentation)
        state.scopes.removeLast()
      }
    case .partial(let name, let more, let blocks):
      guard let partial = templates[name] else { return }
      let merged = blocks.isEmpty ? overrides : overrides.merging(blocks) { outer, _ in outer }
      render(partial.body, &state, overrides: merged, indentation: indentation + more)
    case .block(let name, let fallback, let more):
      render(
        overrides[name] ?? fallback, &state, overrides: overrides, indentation: indentation + more)
    }
  }

  /// The value a key names, optionals removed; nil when missing or `nil`.
  private func resolve(_ key: TemplateKey, _ scopes: [ViewValue]) -> ViewValue? {
    guard let first = key.ids.first else { return scopes.last?.unwrapped }
    var found: ViewValue?
    var index = scopes.count - 1
    while index >= 0 {
      let scope = scopes[index]
      if case .object(let shape) = scope.kind, let field = shape.field(first) {
        found = scope.field(field)
        break
      }
      index -= 1
    }
    guard var value = found else { return nil }
    var rest = key.ids.dropFirst()
    while let id = rest.popFirst() {
      guard let object = value.unwrapped, case .object(let shape) = object.kind,
        let field = shape.field(id)
      else { return nil }
      value = object.field(field)
    }
    return value.unwrapped
  }

  private static func isFalsy(_ value: ViewValue?) -> Bool {
    guard let value else { return true }
    switch value.kind {
    case .bool: return !value.bool
    case .array(_, let access): return access.count(value.pointer) == 0
    default: return false
    }
  }

  private static func append(_ value: ViewValue, escaped: Bool, to output: inout [UInt8]) {
    switch value.kind {
    case .string:
      if escaped {
        appendEscaped(value.string, to: &output)
      } else {
        output.append(contentsOf: value.string.utf8)
      }
    case .int:
      appendDecimal(value.int, to: &output)
    case .bool:
      output.append(contentsOf: (value.bool ? "true" : "false").utf8)
    case .double:
      let text = String(describing: value.double)
      if escaped { appendEscaped(text, to: &output) } else { output.append(contentsOf: text.utf8) }
    default:
      break
    }
  }

  /// HTML-escapes `& < > " '` as swift-mustache does.
  static func appendEscaped(_ text: String, to output: inout [UInt8]) {
    var text = text
    text.withUTF8 { bytes in
      var runStart = 0
      for index in 0..<bytes.count {
        let replacement: StaticString
        switch bytes[index] {
        case UInt8(ascii: "&"): replacement = "&amp;"
        case UInt8(ascii: "<"): replacement = "&lt;"
        case UInt8(ascii: ">"): replacement = "&gt;"
        case UInt8(ascii: "\""): replacement = "&quot;"
        case UInt8(ascii: "'"): replacement = "&#39;"
        default: continue
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
        output.append(
          contentsOf: UnsafeBufferPointer(
            start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
        runStart = index + 1
      }
      output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
    }
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
