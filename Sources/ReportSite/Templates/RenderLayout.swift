/// The kinds of value that pages of one root view-model type hold, flattened into arrays of
/// plain values for ``TemplateRenderer``: kinds and fields refer to each other by position, not
/// by reference, so that walking them retains and releases nothing.
///
/// Made once per pair of template and page type, after the key check (see
/// ``TemplateLibrary/checkedLayout(_:root:)``), from the type's ``TypeShape``; not changed after.
final class RenderLayout: @unchecked Sendable {
  enum Tag: UInt8 {
    case string, int, bool, double, optional, array, object, unsupported
  }

  /// A kind of value: ``ValueKind`` with positions in place of nested kinds and shapes.
  struct Kind {
    var tag: Tag
    /// The wrapped kind of an optional, the element kind of an array.
    var child: Int32 = -1
    /// The position in ``RenderLayout/fields`` of an object's field of key id 0; its other
    /// fields follow, one per key id.
    var fieldBase: Int32 = -1
    var optionalAccess: (any OptionalAccess.Type)?
    /// The wrapped type of an optional, when it tests optionals of itself for `nil` faster.
    var nilTestable: (any NilTestable.Type)?
    var arrayAccess: (any ArrayAccess.Type)?
  }

  /// A property of an object: its offset and kind; `kind` is -1 where the type has no property
  /// of that key.
  struct Field {
    var offset: Int32
    var kind: Int32

    static let absent = Field(offset: 0, kind: -1)
  }

  let kinds: [Kind]
  let fields: [Field]
  /// The kind of the root view model.
  let root: Int32

  /// The layout of the root type whose shape is `shape`.
  init(root shape: TypeShape) {
    var builder = Builder(keyCount: shape.fields.count)
    root = builder.add(.object(shape))
    kinds = builder.kinds
    fields = builder.fields
  }

  private struct Builder {
    let keyCount: Int
    var kinds: [Kind] = []
    var fields: [Field] = []
    /// The kind of each shape added so far, so that a type that holds itself ends.
    var objects: [ObjectIdentifier: Int32] = [:]

    init(keyCount: Int) { self.keyCount = keyCount }

    mutating func add(_ kind: ValueKind) -> Int32 {
      switch kind {
      case .string: return append(Kind(tag: .string))
      case .int: return append(Kind(tag: .int))
      case .bool: return append(Kind(tag: .bool))
      case .double: return append(Kind(tag: .double))
      case .unsupported: return append(Kind(tag: .unsupported))
      case .optional(let wrapped, let access):
        let child = add(wrapped)
        return append(
          Kind(
            tag: .optional, child: child, optionalAccess: access,
            nilTestable: access.wrappedType as? any NilTestable.Type))
      case .array(let element, let access):
        let child = add(element)
        return append(Kind(tag: .array, child: child, arrayAccess: access))
      case .object(let shape):
        if let known = objects[ObjectIdentifier(shape)] { return known }
        let base = Int32(fields.count)
        fields += repeatElement(Field.absent, count: keyCount)
        let id = append(Kind(tag: .object, fieldBase: base))
        objects[ObjectIdentifier(shape)] = id
        for (key, field) in shape.fields.enumerated() where key < keyCount {
          guard let field else { continue }
          let kind = add(field.kind)
          fields[Int(base) + key] = Field(offset: Int32(field.offset), kind: kind)
        }
        return id
      }
    }

    private mutating func append(_ kind: Kind) -> Int32 {
      kinds.append(kind)
      return Int32(kinds.count - 1)
    }
  }
}

/// A value inside a view model, for ``TemplateRenderer``: its kind's position in a
/// ``RenderLayout`` and where it is. Valid only while the root view model is held by
/// ``ViewModelLayouts/withRoot(_:_:)``.
struct LaidOutValue {
  let kind: Int32
  let pointer: UnsafeRawPointer

  var string: String { pointer.assumingMemoryBound(to: String.self).pointee }
  var int: Int { pointer.load(as: Int.self) }
  var bool: Bool { pointer.load(as: Bool.self) }
  var double: Double { pointer.load(as: Double.self) }

  /// Calls `body` with the UTF-8 bytes of the string here, without copying (and retaining)
  /// the string. `withUTF8` is mutating only in name for the native strings of Linux: it
  /// writes nothing to them.
  func withStringUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    UnsafeMutablePointer(mutating: pointer.assumingMemoryBound(to: String.self)).pointee
      .withUTF8(body)
  }
}
