/// How templates see values of one type: what `{{value}}` writes, when a section renders and
/// with which scope. Made by the module for the types it supports (see ``TemplateValue``).
public struct TemplateType<Value>: Sendable {
  @usableFromInline let info: TemplateTypeInfo
  /// Writes the value for `{{value}}` (escaped) or `{{{value}}}`; nil for values that are
  /// sections only (models, lists).
  @usableFromInline let append: (@Sendable (Value, Bool, inout [UInt8]) -> Void)?
  /// Calls `body` once per time a section over the value renders, with the scope it pushes
  /// (nil: the scope stays as it is) and that scope's index (-1 for a ``ValueBox``).
  @usableFromInline let section: @Sendable (Value, (AnyScope?, Int) -> Void) -> Void
  /// Whether an inverted section over the value renders.
  @usableFromInline let isFalsy: @Sendable (Value) -> Bool
  /// The value as a scope, for the next part of a dotted name; nil when it is `nil`.
  @usableFromInline let scope: @Sendable (Value) -> AnyScope?

  @inlinable
  init(
    name: String, shape: TemplateTypeInfo.Shape,
    append: (@Sendable (Value, Bool, inout [UInt8]) -> Void)?,
    section: @escaping @Sendable (Value, (AnyScope?, Int) -> Void) -> Void,
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
      section: { value, body in body(ValueBox(value), -1) }, isFalsy: { _ in false },
      scope: { ValueBox($0) })
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

  /// How templates see `Value`. Not inlined into the field tables that ask: it runs once per
  /// field, and the tables' own code stays small enough for their readers to be specialised.
  @usableFromInline
  static func of<Value: TemplateValue>(_ type: Value.Type) -> TemplateTypeInfo {
    Value.templateType.info
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
