/// How templates see values of one type: what `{{value}}` writes, when a section renders and
/// with which scope. Made by the module for the types it supports (see ``TemplateValue``).
public struct TemplateType<Value>: Sendable {
  @usableFromInline let info: TemplateTypeInfo
  /// Writes the value for `{{value}}` (escaped) or `{{{value}}}`; nil for values that are
  /// sections only (models, lists).
  @usableFromInline let append: (@Sendable (Value, Bool, inout [UInt8]) -> Void)?
  /// Calls `body` once per time a section over the value renders, with the scope it pushes
  /// (nil: the scope stays as it is).
  @usableFromInline let section: @Sendable (Value, (AnyScope?) -> Void) -> Void
  /// Whether an inverted section over the value renders.
  @usableFromInline let isFalsy: @Sendable (Value) -> Bool
  /// The value as a scope, for the next part of a dotted name; nil when it is `nil`.
  @usableFromInline let scope: @Sendable (Value) -> AnyScope?

  @inlinable
  init(
    name: String, shape: TemplateTypeInfo.Shape,
    append: (@Sendable (Value, Bool, inout [UInt8]) -> Void)?,
    section: @escaping @Sendable (Value, (AnyScope?) -> Void) -> Void,
    isFalsy: @escaping @Sendable (Value) -> Bool, scope: @escaping @Sendable (Value) -> AnyScope?
  ) {
    self.append = append
    self.section = section
    self.isFalsy = isFalsy
    self.scope = scope
    let selfReader = FieldReader(
      get: { (value: Value) in value }, append: append, section: section, isFalsy: isFalsy,
      scope: scope)
    info = TemplateTypeInfo(
      id: ObjectIdentifier(Value.self), name: name, shape: shape, selfReader: selfReader)
  }

  /// A text-like value: written by `append`, and its own scope in a section.
  @inlinable
  static func scalar(
    _ kind: TemplateTypeInfo.Scalar,
    _ append: @escaping @Sendable (Value, Bool, inout [UInt8]) -> Void
  ) -> Self {
    TemplateType(
      name: String(describing: Value.self), shape: .scalar(kind), append: append,
      section: { value, body in body(ScopeBox(value)) }, isFalsy: { _ in false },
      scope: { ScopeBox($0) })
  }
}

/// ``TemplateType`` without its value type, for the compiler.
@usableFromInline
final class TemplateTypeInfo: Sendable {
  @usableFromInline
  enum Scalar: Sendable {
    case text, html, int, double, bool
  }

  @usableFromInline
  enum Shape: Sendable {
    case scalar(Scalar)
    /// A view model's fields; read when first needed, so that a type may hold itself.
    case model(@Sendable () -> [TemplateFieldInfo])
    case list(TemplateTypeInfo)
    case optional(TemplateTypeInfo)
  }

  let id: ObjectIdentifier
  /// The type's name, for messages.
  @usableFromInline let name: String
  let shape: Shape
  /// Reads a scope of this type itself, for `{{.}}` and `{{#.}}`.
  let selfReader: FieldReader

  @usableFromInline
  init(id: ObjectIdentifier, name: String, shape: Shape, selfReader: FieldReader) {
    self.id = id
    self.name = name
    self.shape = shape
    self.selfReader = selfReader
  }

  /// The type with optionals removed.
  var unwrapped: TemplateTypeInfo {
    if case .optional(let wrapped) = shape { return wrapped.unwrapped }
    return self
  }

  /// What a scope pushed by a section over a value of this type is; nil when none is pushed.
  var sectionScope: TemplateTypeInfo? {
    switch unwrapped.shape {
    case .scalar(.bool): nil
    case .list(let element): element
    default: unwrapped
    }
  }

  var isBool: Bool {
    if case .scalar(.bool) = shape { return true }
    return false
  }
}

/// One field of a view model, without its types.
@usableFromInline
struct TemplateFieldInfo: Sendable {
  @usableFromInline let name: String
  @usableFromInline let type: TemplateTypeInfo
  @usableFromInline let reader: FieldReader

  @inlinable
  init(name: String, type: TemplateTypeInfo, reader: FieldReader) {
    self.name = name
    self.type = type
    self.reader = reader
  }
}

/// A scope on the renderer's stack: a value in a ``ScopeBox``.
@usableFromInline
class AnyScope {
  @usableFromInline init() {}
}

/// A value as a scope. Made only for the value's own type (see ``FieldReader``), so reading it
/// back as that type is safe; fields are read from `value` in place, without copying it.
@usableFromInline
final class ScopeBox<Value>: AnyScope {
  @usableFromInline let value: Value

  @inlinable
  init(_ value: Value) { self.value = value }

  @inlinable @inline(__always)
  static func unbox(_ scope: AnyScope) -> ScopeBox<Value> {
    unsafeDowncast(scope, to: ScopeBox<Value>.self)
  }
}

/// Reads one field (or a scope itself) from scopes of its owner's type, without the types.
@usableFromInline
final class FieldReader: Sendable {
  @usableFromInline let append: (@Sendable (AnyScope, Bool, inout [UInt8]) -> Void)?
  @usableFromInline let section: @Sendable (AnyScope, (AnyScope?) -> Void) -> Void
  @usableFromInline let isFalsy: @Sendable (AnyScope) -> Bool
  @usableFromInline let scope: @Sendable (AnyScope) -> AnyScope?

  @inlinable
  init<Root, Value>(
    get: @escaping @Sendable (Root) -> Value,
    append: (@Sendable (Value, Bool, inout [UInt8]) -> Void)?,
    section: @escaping @Sendable (Value, (AnyScope?) -> Void) -> Void,
    isFalsy: @escaping @Sendable (Value) -> Bool, scope: @escaping @Sendable (Value) -> AnyScope?
  ) {
    if let append {
      self.append = { (owner: AnyScope, escaped: Bool, output: inout [UInt8]) in
        let box = ScopeBox<Root>.unbox(owner)
        append(get(box.value), escaped, &output)
      }
    } else {
      self.append = nil
    }
    self.section = { owner, body in
      let box = ScopeBox<Root>.unbox(owner)
      section(get(box.value), body)
    }
    self.isFalsy = { owner in
      let box = ScopeBox<Root>.unbox(owner)
      return isFalsy(get(box.value))
    }
    self.scope = { owner in
      let box = ScopeBox<Root>.unbox(owner)
      return scope(get(box.value))
    }
  }

  @inlinable
  convenience init<Root, Value>(get: @escaping @Sendable (Root) -> Value, type: TemplateType<Value>)
  {
    self.init(
      get: get, append: type.append, section: type.section, isFalsy: type.isFalsy,
      scope: type.scope)
  }
}
