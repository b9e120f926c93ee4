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
  init<Value>(_ name: String, _ get: @escaping @Sendable (Root) -> Value, type: TemplateType<Value>)
  {
    self.name = name
    erased = TemplateFieldInfo(
      name: name, type: type.info, reader: FieldReader(get: get, type: type))
  }

  /// Any template value: the field behaves as its type says (see ``TemplateValue``).
  @inlinable
  public static func value<Value: TemplateValue>(
    _ name: String, _ get: @escaping @Sendable (Root) -> Value
  ) -> Self {
    Self(name, get, type: Value.templateType)
  }

  /// Text, escaped wherever it is written; `{{{name}}}` is an error.
  @inlinable
  public static func text(_ name: String, _ get: @escaping @Sendable (Root) -> String) -> Self {
    Self(name, get, type: String.templateType)
  }

  /// Text or nothing: `nil` writes nothing and is false in sections.
  @inlinable
  public static func text(_ name: String, _ get: @escaping @Sendable (Root) -> String?) -> Self {
    Self(name, get, type: String?.templateType)
  }

  /// HTML the program made (rendered Markdown): written as it is by `{{{name}}}` or
  /// `{{&name}}`, escaped by `{{name}}`.
  @inlinable
  public static func html(_ name: String, _ get: @escaping @Sendable (Root) -> String) -> Self {
    Self(name, { RenderedHTML(get($0)) }, type: RenderedHTML.templateType)
  }

  /// HTML the program made, or nothing.
  @inlinable
  public static func html(_ name: String, _ get: @escaping @Sendable (Root) -> String?) -> Self {
    Self(name, { get($0).map(RenderedHTML.init) }, type: RenderedHTML?.templateType)
  }

  /// A whole number, written in decimal.
  @inlinable
  public static func int(_ name: String, _ get: @escaping @Sendable (Root) -> Int) -> Self {
    Self(name, get, type: Int.templateType)
  }

  /// A whole number or nothing.
  @inlinable
  public static func int(_ name: String, _ get: @escaping @Sendable (Root) -> Int?) -> Self {
    Self(name, get, type: Int?.templateType)
  }

  /// A number, written as `String(describing:)` writes it.
  @inlinable
  public static func decimal(_ name: String, _ get: @escaping @Sendable (Root) -> Double) -> Self {
    Self(name, get, type: Double.templateType)
  }

  /// A condition: `{{#name}}…{{/name}}` renders when it is true, in the same scope.
  @inlinable
  public static func bool(_ name: String, _ get: @escaping @Sendable (Root) -> Bool) -> Self {
    Self(name, get, type: Bool.templateType)
  }

  /// A nested view model: `{{#name}}…{{/name}}` renders once with it as the scope, and
  /// `{{name.field}}` reads one of its fields.
  @inlinable
  public static func model<Model: TemplateModel>(
    _ name: String, _ get: @escaping @Sendable (Root) -> Model
  ) -> Self {
    Self(name, get, type: Model.templateType)
  }

  /// A nested view model or nothing: its section renders only when it is there.
  @inlinable
  public static func optional<Model: TemplateModel>(
    _ name: String, _ get: @escaping @Sendable (Root) -> Model?
  ) -> Self {
    Self(name, get, type: Model?.templateType)
  }

  /// A list: `{{#name}}…{{/name}}` renders once per element, with the element as the scope
  /// (`{{.}}` for text and numbers); `{{^name}}` renders when it is empty.
  @inlinable
  public static func section<Element: TemplateValue>(
    _ name: String, _ get: @escaping @Sendable (Root) -> [Element]
  ) -> Self {
    Self(name, get, type: [Element].templateType)
  }
}
