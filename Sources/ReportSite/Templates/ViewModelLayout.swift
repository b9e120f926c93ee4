@_spi(Reflection) import Swift

/// The shape of a view-model type, read once from the type's metadata: each stored property's
/// name, offset and kind. With it a template reads a property with one pointer offset instead
/// of reflecting on the value (`Mirror`) at every lookup.
///
/// The renderer holds a pointer to a view model only inside ``ViewModelLayouts/withRoot(_:_:)``
/// and reads it through ``LaidOutValue`` (RenderLayout.swift) only.
final class TypeShape: @unchecked Sendable {
  struct Field {
    let offset: Int
    let kind: ValueKind
  }

  let type: Any.Type
  /// The type's name, e.g. `TaskPage`, for messages.
  let name: String
  /// Fields by key id (see ``TemplateKeyNames``); nil where the type has no such property.
  fileprivate(set) var fields: [Field?] = []

  fileprivate init(type: Any.Type) {
    self.type = type
    name = String(describing: type)
  }

  func field(_ id: Int) -> Field? { fields[id] }
}

/// How a template sees a property's value.
indirect enum ValueKind: @unchecked Sendable {
  case string, int, bool, double
  case optional(ValueKind, any OptionalAccess.Type)
  case array(ValueKind, any ArrayAccess.Type)
  case object(TypeShape)
  /// A type the fast renderer does not read (enums, classes, other modules' types …); a
  /// template that uses such a value is rendered by the reference renderer instead.
  case unsupported(String)

  /// The kind with optionals removed.
  var unwrapped: ValueKind {
    if case .optional(let wrapped, _) = self { return wrapped.unwrapped }
    return self
  }

  var isScalar: Bool {
    switch self {
    case .string, .int, .bool, .double: true
    default: false
    }
  }
}

/// Reads an `Optional` of any wrapped type behind a raw pointer.
protocol OptionalAccess {
  static var wrappedType: Any.Type { get }
  static func isNil(_ pointer: UnsafeRawPointer) -> Bool
}

extension Optional: OptionalAccess {
  static var wrappedType: Any.Type { Wrapped.self }
  static func isNil(_ pointer: UnsafeRawPointer) -> Bool {
    switch pointer.assumingMemoryBound(to: Wrapped?.self).pointee {
    case .none: true
    case .some: false
    }
  }
}

/// A view-model type whose optionals the renderer tests for `nil` through code made for the
/// type itself: ``OptionalAccess/isNil(_:)`` runs unspecialized, copying the value out and
/// looking up the optional's metadata at every call.
protocol NilTestable {
  static func isNilOptional(_ pointer: UnsafeRawPointer) -> Bool
}

extension NilTestable {
  static func isNilOptional(_ pointer: UnsafeRawPointer) -> Bool {
    pointer.assumingMemoryBound(to: Self?.self).pointee == nil
  }
}

extension String: NilTestable {}
extension Int: NilTestable {}
extension Bool: NilTestable {}
extension LinkItem: NilTestable {}
extension ArchiveNotice: NilTestable {}
extension PageNav: NilTestable {}
extension StatusBadge: NilTestable {}
extension TextChange: NilTestable {}
extension DeadlineNote: NilTestable {}
extension TrendChart: NilTestable {}

/// Reads an `Array` of any element type behind a raw pointer.
protocol ArrayAccess {
  static var elementType: Any.Type { get }
  static func count(_ pointer: UnsafeRawPointer) -> Int
  /// Calls `body` with a pointer to each element in order.
  static func forEach(_ pointer: UnsafeRawPointer, _ body: (UnsafeRawPointer, Int) throws -> Void)
    rethrows
}

extension Array: ArrayAccess {
  static var elementType: Any.Type { Element.self }
  static func count(_ pointer: UnsafeRawPointer) -> Int {
    pointer.assumingMemoryBound(to: [Element].self).pointee.count
  }
  static func forEach(_ pointer: UnsafeRawPointer, _ body: (UnsafeRawPointer, Int) throws -> Void)
    rethrows
  {
    try pointer.assumingMemoryBound(to: [Element].self).pointee.withUnsafeBufferPointer {
      elements in
      guard let base = elements.baseAddress else { return }
      for index in elements.indices {
        try body(UnsafeRawPointer(base + index), index)
      }
    }
  }
}

/// The shapes of the view-model types met so far. Shapes are made while templates are checked,
/// before any page is rendered, and only read while pages render on several threads.
final class ViewModelLayouts: @unchecked Sendable {
  private let names: TemplateKeyNames
  private var shapes: [ObjectIdentifier: TypeShape] = [:]

  init(names: TemplateKeyNames) {
    self.names = names
  }

  /// The kind of a root view model's type; made on first use. Only structs of the root's own
  /// module are read field by field.
  func kind(ofRoot type: Any.Type) -> ValueKind {
    kind(of: type, module: Self.module(of: type))
  }

  /// The shape made earlier for a root type, without making one.
  func existingShape(of type: Any.Type) -> TypeShape? { shapes[ObjectIdentifier(type)] }

  /// Runs `body` with a pointer to the root value of a page.
  static func withRoot<Model, Result>(
    _ model: Model, _ body: (UnsafeRawPointer) throws -> Result
  ) rethrows -> Result {
    try withUnsafePointer(to: model) { pointer in try body(UnsafeRawPointer(pointer)) }
  }

  private func kind(of type: Any.Type, module: Substring) -> ValueKind {
    if type == String.self { return .string }
    if type == Int.self { return .int }
    if type == Bool.self { return .bool }
    if type == Double.self { return .double }
    if let optional = type as? any OptionalAccess.Type {
      return .optional(kind(of: optional.wrappedType, module: module), optional)
    }
    if let array = type as? any ArrayAccess.Type {
      return .array(kind(of: array.elementType, module: module), array)
    }
    guard Self.module(of: type) == module, !(type is AnyClass) else {
      return .unsupported(String(describing: type))
    }
    if let shape = shapes[ObjectIdentifier(type)] { return .object(shape) }
    let shape = TypeShape(type: type)
    shapes[ObjectIdentifier(type)] = shape
    var fields: [TypeShape.Field?] = Array(repeating: nil, count: names.count)
    var collected: [(Int, Int, Any.Type)] = []
    let readable = _forEachField(of: type) { name, offset, fieldType, _ in
      if let id = names.id(of: String(cString: name)) { collected.append((id, offset, fieldType)) }
      return true
    }
    guard readable else {
      shapes[ObjectIdentifier(type)] = nil
      return .unsupported(String(describing: type))
    }
    for (id, offset, fieldType) in collected {
      fields[id] = TypeShape.Field(offset: offset, kind: kind(of: fieldType, module: module))
    }
    shape.fields = fields
    return .object(shape)
  }

  private static func module(of type: Any.Type) -> Substring {
    let name = String(reflecting: type)
    return name.split(separator: ".", maxSplits: 1).first ?? ""
  }
}

/// The key names used by the templates, each with a small integer id, so that a type's fields
/// are an array indexed by id.
struct TemplateKeyNames: Sendable {
  private(set) var ids: [String: Int] = [:]

  var count: Int { ids.count }

  mutating func intern(_ name: String) -> Int {
    if let id = ids[name] { return id }
    let id = ids.count
    ids[name] = id
    return id
  }

  func id(of name: String) -> Int? { ids[name] }
}
