/// The readers of the fields of ``TemplateField``'s factories, one per kind of value.
///
/// Each closure first reads the field (``withScopeValue(_:_:_:)`` lends the scope's value to
/// `get` alone) and only then works with it: around a call the compiler cannot see into, it
/// would have to copy the whole view model out of its list to read one field. Each closure
/// captures `get` and, for values written, the function that writes them, both known where
/// the table is made, so that the compiler specialises the closure for the one field.
extension FieldReader {
  /// A value written by `append`: a section renders once with it as the scope.
  @inlinable @inline(__always)
  static func value<Root, Value>(
    _ get: @escaping @Sendable (Root) -> Value,
    append: @escaping @Sendable (Value, Bool, inout [UInt8]) -> Void
  ) -> FieldReader {
    FieldReader(
      append: { owner, index, escaped, output in
        let value = withScopeValue(owner, index) { (root: Root) in get(root) }
        append(value, escaped, &output)
      },
      section: { owner, index, body in
        let value = withScopeValue(owner, index) { (root: Root) in get(root) }
        body(ValueBox(value), -1)
      },
      isFalsy: { _, _ in false },
      scope: { owner, index in
        let value = withScopeValue(owner, index) { (root: Root) in get(root) }
        return ValueBox(value)
      })
  }

  /// A view model: a section renders once with it as the scope.
  @inlinable @inline(__always)
  static func model<Root, Value>(_ get: @escaping @Sendable (Root) -> Value) -> FieldReader {
    FieldReader(
      append: nil,
      section: { owner, index, body in
        let value = withScopeValue(owner, index) { (root: Root) in get(root) }
        body(ValueBox(value), -1)
      },
      isFalsy: { _, _ in false },
      scope: { owner, index in
        let value = withScopeValue(owner, index) { (root: Root) in get(root) }
        return ValueBox(value)
      })
  }

  /// A value written by `append`, or nothing: `nil` writes nothing and is false in sections.
  @inlinable @inline(__always)
  static func optional<Root, Value>(
    _ get: @escaping @Sendable (Root) -> Value?,
    append: @escaping @Sendable (Value, Bool, inout [UInt8]) -> Void
  ) -> FieldReader {
    FieldReader(
      append: { owner, index, escaped, output in
        let value = withScopeValue(owner, index) { (root: Root) in get(root) }
        if let value { append(value, escaped, &output) }
      },
      section: { owner, index, body in
        let value = withScopeValue(owner, index) { (root: Root) in get(root) }
        if let value { body(ValueBox(value), -1) }
      },
      isFalsy: { owner, index in withScopeValue(owner, index) { (root: Root) in get(root) == nil }
      },
      scope: { owner, index in
        let value = withScopeValue(owner, index) { (root: Root) in get(root) }
        return value.map(ValueBox.init)
      })
  }

  /// A view model or nothing: its section renders only when it is there.
  @inlinable @inline(__always)
  static func optionalModel<Root, Value>(_ get: @escaping @Sendable (Root) -> Value?)
    -> FieldReader
  {
    FieldReader(
      append: nil,
      section: { owner, index, body in
        let value = withScopeValue(owner, index) { (root: Root) in get(root) }
        if let value { body(ValueBox(value), -1) }
      },
      isFalsy: { owner, index in withScopeValue(owner, index) { (root: Root) in get(root) == nil }
      },
      scope: { owner, index in
        let value = withScopeValue(owner, index) { (root: Root) in get(root) }
        return value.map(ValueBox.init)
      })
  }

  /// A condition: a section renders once, in the same scope, when it is true.
  @inlinable @inline(__always)
  static func bool<Root>(_ get: @escaping @Sendable (Root) -> Bool) -> FieldReader {
    FieldReader(
      append: { owner, index, _, output in
        let value = withScopeValue(owner, index) { (root: Root) in get(root) }
        Bool.appendText(value, to: &output)
      },
      section: { owner, index, body in
        let value = withScopeValue(owner, index) { (root: Root) in get(root) }
        if value { body(nil, -1) }
      },
      isFalsy: { owner, index in withScopeValue(owner, index) { (root: Root) in !get(root) } },
      scope: { owner, index in
        let value = withScopeValue(owner, index) { (root: Root) in get(root) }
        return ValueBox(value)
      })
  }

  /// A list: a section renders once per element, with the element as the scope, in place in
  /// the list (one ``ListBox`` per section).
  @inlinable @inline(__always)
  static func list<Root, Element>(_ get: @escaping @Sendable (Root) -> [Element]) -> FieldReader {
    FieldReader(
      append: nil,
      section: { owner, index, body in
        let list = withScopeValue(owner, index) { (root: Root) in get(root) }
        guard !list.isEmpty else { return }
        let box = ListBox(list)
        for element in 0..<list.count { body(box, element) }
      },
      isFalsy: { owner, index in
        withScopeValue(owner, index) { (root: Root) in get(root).isEmpty }
      },
      scope: { owner, index in
        let list = withScopeValue(owner, index) { (root: Root) in get(root) }
        return ValueBox(list)
      })
  }
}
