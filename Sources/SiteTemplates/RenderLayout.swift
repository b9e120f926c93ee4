/// The types that pages of one root view-model type hold, flattened into arrays for
/// ``TemplateRenderer``: kinds and fields refer to each other by position, and each field
/// holds the reader its view model's table gave. Made once per template and root type by
/// ``TemplateSet/compile(_:for:)``; not changed after.
final class RenderLayout: Sendable {
  struct Kind: Sendable {
    let info: TemplateTypeInfo
    /// The position in ``RenderLayout/readers`` of `info.selfReader`, for `{{.}}`.
    let selfReader: Int32
    /// The position in ``RenderLayout/fields`` of a view model's field of key id 0; its other
    /// fields follow, one per key id. -1 for other types.
    var fieldBase: Int32 = -1
    /// The kind of the scope a section over a value of this kind pushes; -1 for none.
    var push: Int32 = -1
    /// The kind with optionals removed.
    var unwrapped: Int32 = -1
  }

  /// A field of a view model: its reader's position in ``readers`` and its value's kind; -1
  /// where the type has no field of that key.
  struct Field: Sendable {
    let reader: Int32
    let kind: Int32
  }

  let kinds: [Kind]
  let fields: [Field]
  /// The readers of the fields and, for `{{.}}`, of each kind itself.
  let readers: [FieldReader]
  /// ``readers`` again, without reference counting, for the renderer's reads: ``readers`` keeps
  /// them alive as long as the layout.
  let unretainedReaders: [Unmanaged<FieldReader>]
  /// The kind of the root view model.
  let root: Int32

  init(root: TemplateTypeInfo, names: KeyNames) {
    var builder = Builder(names: names)
    self.root = builder.add(root)
    kinds = builder.kinds
    fields = builder.fields
    readers = builder.readers
    unretainedReaders = readers.map { Unmanaged.passUnretained($0) }
  }

  private struct Builder {
    let names: KeyNames
    var kinds: [Kind] = []
    var fields: [Field] = []
    var readers: [FieldReader] = []
    var known: [ObjectIdentifier: Int32] = [:]

    init(names: KeyNames) { self.names = names }

    mutating func add(_ info: TemplateTypeInfo) -> Int32 {
      if let id = known[info.id] { return id }
      let id = Int32(kinds.count)
      known[info.id] = id
      readers.append(info.selfReader)
      kinds.append(Kind(info: info, selfReader: Int32(readers.count - 1), unwrapped: id))
      switch info.shape {
      case .scalar(.bool):
        break
      case .scalar:
        kinds[Int(id)].push = id
      case .model(let table):
        kinds[Int(id)].push = id
        let base = Int32(fields.count)
        kinds[Int(id)].fieldBase = base
        fields += repeatElement(Field(reader: -1, kind: -1), count: names.count)
        for field in table() {
          guard let key = names.id(of: field.name) else { continue }
          let kind = add(field.type)
          readers.append(field.reader)
          fields[Int(base) + key] = Field(reader: Int32(readers.count - 1), kind: kind)
        }
      case .list(let element):
        kinds[Int(id)].push = add(element)
      case .optional(let wrapped):
        let inner = add(wrapped)
        kinds[Int(id)].unwrapped = kinds[Int(inner)].unwrapped
        kinds[Int(id)].push = kinds[Int(inner)].push
      }
      return id
    }
  }
}
