/// A type whose values templates may show. The module makes `String`, `Int`, `Double`, `Bool`,
/// ``RenderedHTML``, optionals and arrays of such values, and every ``TemplateModel``, template
/// values; nothing else needs to conform directly.
public protocol TemplateValue: Sendable {
  /// How templates see values of the type.
  static var templateType: TemplateType<Self> { get }
}

/// A view model: a type whose template fields are listed, by name, in a table of key paths.
///
///     struct TaskPage: TemplateModel {
///       let title: String
///       let body: String
///       static let templateFields: TemplateFields<Self> = [
///         .text("title", \.title), .html("body", \.body),
///       ]
///     }
///
/// Templates are checked against the table when they are loaded: a key the table lacks is an
/// error, whether or not a page's data would ever render it.
public protocol TemplateModel: TemplateValue {
  static var templateFields: TemplateFields<Self> { get }
}

extension TemplateModel {
  @inlinable
  public static var templateType: TemplateType<Self> {
    TemplateType(
      name: String(describing: Self.self),
      shape: .model { Self.templateFields.fields.map(\.erased) },
      append: nil, section: { value, body in body(ValueBox(value), -1) },
      isFalsy: { _ in false }, scope: { ValueBox($0) })
  }
}

/// HTML made by the program (rendered Markdown, say), which a template may write unescaped with
/// `{{{…}}}` or `{{&…}}`. Every other value is escaped, and writing it unescaped is an error.
public struct RenderedHTML: TemplateValue, Hashable {
  public let html: String

  public init(_ html: String) { self.html = html }

  public static var templateType: TemplateType<Self> {
    .scalar(.html) { value, escaped, output in
      HTMLEscaping.append(value.html, escaped: escaped, to: &output)
    }
  }
}

extension String: TemplateValue {
  public static var templateType: TemplateType<Self> {
    .scalar(.text) { value, escaped, output in
      HTMLEscaping.append(value, escaped: escaped, to: &output)
    }
  }
}

extension Int: TemplateValue {
  public static var templateType: TemplateType<Self> {
    .scalar(.int, appendText)
  }

  /// Writes `value` in decimal (escaping has nothing to do).
  @inlinable
  static func appendText(_ value: Int, escaped: Bool, to output: inout [UInt8]) {
    DecimalText.append(value, to: &output)
  }
}

extension Double: TemplateValue {
  /// Written as `String(describing:)` writes it: `1.5`, `2.0`.
  public static var templateType: TemplateType<Self> {
    .scalar(.double, appendText)
  }

  /// Writes `value` as `String(describing:)` does, escaped or not.
  @inlinable
  static func appendText(_ value: Double, escaped: Bool, to output: inout [UInt8]) {
    HTMLEscaping.append(String(describing: value), escaped: escaped, to: &output)
  }
}

extension Bool: TemplateValue {
  /// A section over a `Bool` renders once, in the same scope, when it is true; `{{flag}}`
  /// writes `true` or `false`.
  public static var templateType: TemplateType<Self> {
    TemplateType(
      name: "Bool", shape: .scalar(.bool),
      append: { value, _, output in appendText(value, to: &output) },
      section: { value, body in if value { body(nil, -1) } },
      isFalsy: { !$0 }, scope: { ValueBox($0) })
  }

  /// Writes `true` or `false`.
  @inlinable
  static func appendText(_ value: Bool, to output: inout [UInt8]) {
    output.append(contentsOf: (value ? "true" : "false").utf8)
  }
}

extension Optional: TemplateValue where Wrapped: TemplateValue {
  /// `nil` renders as nothing and is false in sections; a value renders as itself.
  @inlinable
  public static var templateType: TemplateType<Self> {
    let wrapped = Wrapped.templateType
    var append: (@Sendable (Self, Bool, inout [UInt8]) -> Void)?
    if let appendWrapped = wrapped.append {
      append = { (value: Self, escaped: Bool, output: inout [UInt8]) in
        if let value { appendWrapped(value, escaped, &output) }
      }
    }
    return TemplateType(
      name: wrapped.info.name + "?", shape: .optional(wrapped.info), append: append,
      section: { value, body in if let value { wrapped.section(value, body) } },
      isFalsy: { value in value.map(wrapped.isFalsy) ?? true },
      scope: { value in value.flatMap(wrapped.scope) })
  }
}

extension Array: TemplateValue where Element: TemplateValue {
  /// A section over an array renders once per element, with the element as the scope; an
  /// empty array is false.
  @inlinable
  public static var templateType: TemplateType<Self> {
    let element = Element.templateType
    return TemplateType(
      name: "[" + element.info.name + "]", shape: .list(element.info), append: nil,
      section: { value, body in
        guard !value.isEmpty else { return }
        let list = ListBox(value)
        for index in 0..<value.count { body(list, index) }
      },
      isFalsy: { $0.isEmpty }, scope: { ValueBox($0) })
  }
}
