/// Reads one field (or a scope itself) from scopes of its owner's type, without the types.
///
/// The factories of `FieldReader+Kinds.swift` are `@inlinable` and write each operation out, so
/// that where a view model's table is made (its type known, its key paths literal) the
/// compiler turns each closure into code for one type and one field: the field is read in
/// place, with no copy of the view model and no call through another closure.
@usableFromInline
final class FieldReader: Sendable {
  /// Writes the value for `{{key}}` (escaped) or `{{{key}}}`; nil for sections only.
  @usableFromInline let append: (@Sendable (AnyScope, Int, Bool, inout [UInt8]) -> Void)?
  /// Calls its last argument once per time a section over the field renders, with the scope
  /// it pushes (nil: the scope stays as it is) and that scope's index (-1 for a ``ValueBox``).
  @usableFromInline let section: @Sendable (AnyScope, Int, (AnyScope?, Int) -> Void) -> Void
  /// Whether an inverted section over the field renders.
  @usableFromInline let isFalsy: @Sendable (AnyScope, Int) -> Bool
  /// The value as a scope (index -1), for the next part of a dotted name; nil when it is `nil`.
  @usableFromInline let scope: @Sendable (AnyScope, Int) -> AnyScope?

  @inlinable
  init(
    append: (@Sendable (AnyScope, Int, Bool, inout [UInt8]) -> Void)?,
    section: @escaping @Sendable (AnyScope, Int, (AnyScope?, Int) -> Void) -> Void,
    isFalsy: @escaping @Sendable (AnyScope, Int) -> Bool,
    scope: @escaping @Sendable (AnyScope, Int) -> AnyScope?
  ) {
    self.append = append
    self.section = section
    self.isFalsy = isFalsy
    self.scope = scope
  }

  /// A reader through a ``TemplateType``'s closures: for `{{.}}` and ``TemplateField/value(_:_:)``.
  @inlinable
  convenience init<Root, Value>(get: @escaping @Sendable (Root) -> Value, type: TemplateType<Value>)
  {
    self.init(
      get: get, append: type.append, section: type.section, isFalsy: type.isFalsy,
      scope: type.scope)
  }

  /// A reader through a type's closures.
  @inlinable
  convenience init<Root, Value>(
    get: @escaping @Sendable (Root) -> Value,
    append: (@Sendable (Value, Bool, inout [UInt8]) -> Void)?,
    section: @escaping @Sendable (Value, (AnyScope?, Int) -> Void) -> Void,
    isFalsy: @escaping @Sendable (Value) -> Bool, scope: @escaping @Sendable (Value) -> AnyScope?
  ) {
    self.init(
      append: Self.appending(get, append),
      section: { owner, index, body in section(Self.read(get, owner, index), body) },
      isFalsy: { owner, index in isFalsy(Self.read(get, owner, index)) },
      scope: { owner, index in scope(Self.read(get, owner, index)) })
  }

  /// The field `get` reads from the value of scope `owner` at `index`.
  ///
  /// Every reader takes the field first and only then works with it: while the scope's value is
  /// lent, nothing but `get` runs, so the compiler reads the one field in place instead of
  /// copying the whole view model out of its list (which it must do around a call it cannot
  /// see into).
  @inlinable @inline(__always)
  static func read<Root, Value>(
    _ get: (Root) -> Value, _ owner: AnyScope, _ index: Int
  ) -> Value {
    withScopeValue(owner, index) { (root: Root) in get(root) }
  }

  /// Writes the value `get` reads with `append`; nil when `append` is nil.
  @inlinable @inline(__always)
  static func appending<Root, Value>(
    _ get: @escaping @Sendable (Root) -> Value,
    _ append: (@Sendable (Value, Bool, inout [UInt8]) -> Void)?
  ) -> (@Sendable (AnyScope, Int, Bool, inout [UInt8]) -> Void)? {
    guard let append else { return nil }
    return { owner, index, escaped, output in
      append(Self.read(get, owner, index), escaped, &output)
    }
  }
}
