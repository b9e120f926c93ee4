/// The template fields of a view model, by name: the only keys its templates may use.
///
/// List every stored property the templates may show, each with the kind of value it is:
///
///     static let templateFields: TemplateFields<Self> = [
///       .text("title", \.title), .html("body", \.body), .int("count", \.count),
///       .bool("isDone", \.isDone), .model("chrome", \.chrome), .optional("next", \.next),
///       .section("tasks", \.tasks),
///     ]
public struct TemplateFields<Root>: Sendable, ExpressibleByArrayLiteral {
  public let fields: [TemplateField<Root>]

  public init(_ fields: [TemplateField<Root>]) { self.fields = fields }

  public init(arrayLiteral fields: TemplateField<Root>...) { self.fields = fields }

  /// The fields' names, in the order listed.
  public var names: [String] { fields.map(\.name) }
}

/// One field of a view model: a name templates use and how to read it.
public struct TemplateField<Root>: Sendable {
  public let name: String
  @usableFromInline let erased: TemplateFieldInfo

  @inlinable
  init(_ name: String, type: TemplateTypeInfo, reader: FieldReader) {
    self.name = name
    erased = TemplateFieldInfo(name: name, type: type, reader: reader)
  }

  /// Any template value: the field behaves as its type says (see ``TemplateValue``).
  @inlinable @inline(__always)
  public static func value<Value: TemplateValue>(
    _ name: String, _ get: @escaping @Sendable (Root) -> Value
  ) -> Self {
    let type = Value.templateType
    return Self(name, type: type.info, reader: FieldReader(get: get, type: type))
  }

  /// Text, escaped wherever it is written; `{{{name}}}` is an error.
  @inlinable @inline(__always)
  public static func text(_ name: String, _ get: @escaping @Sendable (Root) -> String) -> Self {
    Self(name, type: .of(String.self), reader: .value(get, append: HTMLEscaping.append))
  }

  /// Text or nothing: `nil` writes nothing and is false in sections.
  @inlinable @inline(__always)
  public static func text(_ name: String, _ get: @escaping @Sendable (Root) -> String?) -> Self {
    Self(
      name, type: .of(String?.self), reader: .optional(get, append: HTMLEscaping.append))
  }

  /// HTML the program made (rendered Markdown): written as it is by `{{{name}}}` or
  /// `{{&name}}`, escaped by `{{name}}`.
  @inlinable @inline(__always)
  public static func html(_ name: String, _ get: @escaping @Sendable (Root) -> String) -> Self {
    Self(
      name, type: .of(RenderedHTML.self), reader: .value(get, append: HTMLEscaping.append))
  }

  /// HTML the program made, or nothing.
  @inlinable @inline(__always)
  public static func html(_ name: String, _ get: @escaping @Sendable (Root) -> String?) -> Self {
    Self(
      name, type: .of(RenderedHTML?.self),
      reader: .optional(get, append: HTMLEscaping.append))
  }

  /// A whole number, written in decimal.
  @inlinable @inline(__always)
  public static func int(_ name: String, _ get: @escaping @Sendable (Root) -> Int) -> Self {
    Self(name, type: .of(Int.self), reader: .value(get, append: Int.appendText))
  }

  /// A whole number or nothing.
  @inlinable @inline(__always)
  public static func int(_ name: String, _ get: @escaping @Sendable (Root) -> Int?) -> Self {
    Self(name, type: .of(Int?.self), reader: .optional(get, append: Int.appendText))
  }

  /// A number, written as `String(describing:)` writes it.
  @inlinable @inline(__always)
  public static func decimal(_ name: String, _ get: @escaping @Sendable (Root) -> Double) -> Self {
    Self(name, type: .of(Double.self), reader: .value(get, append: Double.appendText))
  }

  /// A condition: `{{#name}}…{{/name}}` renders when it is true, in the same scope.
  @inlinable @inline(__always)
  public static func bool(_ name: String, _ get: @escaping @Sendable (Root) -> Bool) -> Self {
    Self(name, type: .of(Bool.self), reader: .bool(get))
  }

  /// A nested view model: `{{#name}}…{{/name}}` renders once with it as the scope, and
  /// `{{name.field}}` reads one of its fields.
  @inlinable @inline(__always)
  public static func model<Model: TemplateModel>(
    _ name: String, _ get: @escaping @Sendable (Root) -> Model
  ) -> Self {
    Self(name, type: .of(Model.self), reader: .model(get))
  }

  /// A nested view model or nothing: its section renders only when it is there.
  @inlinable @inline(__always)
  public static func optional<Model: TemplateModel>(
    _ name: String, _ get: @escaping @Sendable (Root) -> Model?
  ) -> Self {
    Self(name, type: .of(Model?.self), reader: .optionalModel(get))
  }

  /// A list: `{{#name}}…{{/name}}` renders once per element, with the element as the scope
  /// (`{{.}}` for text and numbers); `{{^name}}` renders when it is empty.
  @inlinable @inline(__always)
  public static func section<Element: TemplateValue>(
    _ name: String, _ get: @escaping @Sendable (Root) -> [Element]
  ) -> Self {
    Self(name, type: .of([Element].self), reader: .list(get))
  }
}
