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

  /// A scope on the stack: its kind, its box and its index in the box (-1 for a ``ValueBox``).
  /// The stack does not own the box: whoever pushes a scope (``render(body:root:into:)``, a
  /// section, a dotted name's ``State/kept``) holds it until the scope is popped.
  /// Boxes and readers are used through `Unmanaged._withUnsafeGuaranteedRef`: a strong
  /// reference, or `takeUnretainedValue()`, costs a retain and a release per field read.
  private struct Scope {
    let kind: Int32
    let index: Int
    let box: Unmanaged<AnyScope>
  }

  private struct State {
    var output: [UInt8]
    var scopes: [Scope]
    /// The block overrides in force, outermost first (the outermost one of a name wins).
    var overrides: [RenderProgram.Override] = []
    /// The indentation in force, as literal spans, and its length in bytes.
    var indentation: [RenderProgram.Span] = []
    var indentationCount = 0
    /// The boxes made for the middle parts of dotted names, held while their values are read.
    var kept: [AnyScope] = []
    /// Takes the output so far, when it is ``drainSize`` bytes or more, after an element of a
    /// section and outside any indentation (see ``render(body:root:into:drain:)``).
    var drain: ((inout [UInt8]) -> Void)?
  }

  /// How many bytes of output a drain takes at a time, at least.
  static let drainSize = 1 << 20

  /// Renders body `body` with `root`, a scope of the layout's root type, into `output`, which
  /// is emptied first (its capacity is kept). With `drain`, a large page is rendered in
  /// pieces: now and then `drain` takes the bytes rendered so far out of the output (and must
  /// leave it empty); `output` holds the rest at the end.
  func render(
    body: Int, root: AnyScope, into output: inout [UInt8],
    drain: ((inout [UInt8]) -> Void)? = nil
  ) {
    output.removeAll(keepingCapacity: true)
    var state = State(
      output: output,
      scopes: [Scope(kind: layout.root, index: -1, box: Unmanaged.passUnretained(root))])
    state.drain = drain
    output = []
    state.scopes.reserveCapacity(8)
    let span = program.bodies[body]
    withExtendedLifetime(root) { run(Int(span.start), Int(span.end), &state) }
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
      let kept = state.kept.count
      if let value = resolve(key, &state) {
        layout.unretainedReaders[Int(value.reader)]._withUnsafeGuaranteedRef { reader in
          value.box._withUnsafeGuaranteedRef { owner in
            reader.append?(owner, value.index, escaped, &state.output)
          }
        }
      }
      if state.kept.count > kept { state.kept.removeSubrange(kept...) }
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
    let kept = state.kept.count
    defer { if state.kept.count > kept { state.kept.removeSubrange(kept...) } }
    guard let value = resolve(key, &state) else {
      if inverted { run(start, end, &state) }
      return
    }
    let push = layout.kinds[Int(value.kind)].push
    layout.unretainedReaders[Int(value.reader)]._withUnsafeGuaranteedRef { reader in
      value.box._withUnsafeGuaranteedRef { owner in
        if inverted {
          if reader.isFalsy(owner, value.index) { run(start, end, &state) }
          return
        }
        // The section holds the box it pushes until `body` returns.
        reader.section(owner, value.index) { pushed, index in
          guard let pushed else {
            run(start, end, &state)
            return
          }
          state.scopes.append(
            Scope(kind: push, index: index, box: Unmanaged.passUnretained(pushed)))
          run(start, end, &state)
          state.scopes.removeLast()
          // Without indentation no body in progress reads the output back.
          if let drain = state.drain, state.indentationCount == 0,
            state.output.count >= Self.drainSize
          {
            drain(&state.output)
          }
        }
      }
    }
  }

  private func appendLiteral(_ span: RenderProgram.Span, to output: inout [UInt8]) {
    program.literals.withUnsafeBufferPointer { literals in
      output.append(
        contentsOf: UnsafeBufferPointer(rebasing: literals[Int(span.start)..<Int(span.end)]))
    }
  }

  /// A value found for a key: the reader of its field, the value's kind, and the scope that
  /// holds the field.
  private struct Resolved {
    let reader: Int32
    let kind: Int32
    let box: Unmanaged<AnyScope>
    let index: Int
  }

  /// The value a key names; nil when a part of a dotted name before the last is `nil`. The
  /// boxes of a dotted name's middle parts go to `state.kept`.
  private func resolve(_ key: Int32, _ state: inout State) -> Resolved? {
    let span = program.keys[Int(key)]
    let idsStart = Int(span.start)
    let idsEnd = Int(span.end)
    guard idsStart < idsEnd else {
      let top = state.scopes[state.scopes.count - 1]
      return Resolved(
        reader: layout.kinds[Int(top.kind)].selfReader, kind: top.kind, box: top.box,
        index: top.index)
    }
    let first = program.keyIDs[idsStart]
    var found: Resolved?
    var index = state.scopes.count - 1
    let last = program.keyIsLocal[Int(key)] ? index : 0
    while index >= last {
      let scope = state.scopes[index]
      if let field = field(first, ofKind: scope.kind) {
        found = Resolved(
          reader: field.reader, kind: field.kind, box: scope.box, index: scope.index)
        break
      }
      index -= 1
    }
    guard var value = found else { return nil }
    var position = idsStart + 1
    while position < idsEnd {
      let reader = layout.readers[Int(value.reader)]
      guard let made = value.box._withUnsafeGuaranteedRef({ reader.scope($0, value.index) }),
        let field = field(program.keyIDs[position], ofKind: layout.kinds[Int(value.kind)].unwrapped)
      else { return nil }
      state.kept.append(made)
      value = Resolved(
        reader: field.reader, kind: field.kind, box: Unmanaged.passUnretained(made), index: -1)
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
