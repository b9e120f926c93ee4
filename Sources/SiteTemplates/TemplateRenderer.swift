/// Renders a ``RenderProgram`` straight into UTF-8 bytes, reading view models through the
/// readers of a ``RenderLayout``, with these semantics:
/// - a key resolves in the innermost scope whose type has it; a field that is `nil` stops the
///   search and renders as nothing (a false section);
/// - `Bool` sections render or not without a new scope; lists render once per element with the
///   element as the scope; other values render once with the value as the scope;
/// - a standalone partial or block indents the lines it renders: a step's output is indented
///   when the output so far ends a line.
struct TemplateRenderer {
  let program: RenderProgram
  let layout: RenderLayout

  private struct Scope {
    let kind: Int32
    let value: AnyScope
  }

  private struct State {
    var output: [UInt8]
    var scopes: [Scope]
    /// The block overrides in force, outermost first (the outermost one of a name wins).
    var overrides: [RenderProgram.Override] = []
    /// The indentation in force, as literal spans, and its length in bytes.
    var indentation: [RenderProgram.Span] = []
    var indentationCount = 0
  }

  /// Renders body `body` with `root`, a scope of the layout's root type, into `output`, which
  /// is emptied first (its capacity is kept).
  func render(body: Int, root: AnyScope, into output: inout [UInt8]) {
    output.removeAll(keepingCapacity: true)
    var state = State(output: output, scopes: [Scope(kind: layout.root, value: root)])
    output = []
    state.scopes.reserveCapacity(8)
    let span = program.bodies[body]
    run(Int(span.start), Int(span.end), &state)
    output = state.output
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
      layout.readers[Int(value.reader)].append?(value.owner, escaped, &state.output)
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
    guard let value = resolve(key, state.scopes) else {
      if inverted { run(start, end, &state) }
      return
    }
    if inverted {
      if layout.readers[Int(value.reader)].isFalsy(value.owner) { run(start, end, &state) }
      return
    }
    let push = layout.kinds[Int(value.kind)].push
    layout.readers[Int(value.reader)].section(value.owner) { pushed in
      guard let pushed else {
        run(start, end, &state)
        return
      }
      state.scopes.append(Scope(kind: push, value: pushed))
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

  /// A value found for a key: the reader of its field, the scope that holds the field, and the
  /// value's kind.
  private struct Resolved {
    let reader: Int32
    let owner: AnyScope
    let kind: Int32
  }

  /// The value a key names; nil when a part of a dotted name before the last is `nil`.
  private func resolve(_ key: Int32, _ scopes: [Scope]) -> Resolved? {
    let span = program.keys[Int(key)]
    let idsStart = Int(span.start)
    let idsEnd = Int(span.end)
    guard idsStart < idsEnd else {
      let top = scopes[scopes.count - 1]
      return Resolved(
        reader: layout.kinds[Int(top.kind)].selfReader, owner: top.value, kind: top.kind)
    }
    let first = program.keyIDs[idsStart]
    var found: Resolved?
    var index = scopes.count - 1
    let last = program.keyIsLocal[Int(key)] ? index : 0
    while index >= last {
      let scope = scopes[index]
      if let field = field(first, ofKind: scope.kind) {
        found = Resolved(reader: field.reader, owner: scope.value, kind: field.kind)
        break
      }
      index -= 1
    }
    guard var value = found else { return nil }
    var position = idsStart + 1
    while position < idsEnd {
      guard let owner = layout.readers[Int(value.reader)].scope(value.owner),
        let field = field(program.keyIDs[position], ofKind: layout.kinds[Int(value.kind)].unwrapped)
      else { return nil }
      value = Resolved(reader: field.reader, owner: owner, kind: field.kind)
      position += 1
    }
    return value
  }

  /// The field of key id `key` of kind `kind`, when it is a view model that has one.
  @inline(__always)
  private func field(_ key: Int, ofKind kind: Int32) -> RenderLayout.Field? {
    let base = layout.kinds[Int(kind)].fieldBase
    guard base >= 0 else { return nil }
    let field = layout.fields[Int(base) + key]
    return field.kind < 0 ? nil : field
  }
}
