import SiteTemplates

/// Runs a case of the Mustache specification: the template is `main`, the partials are the
/// case's. The spec's data is written as typed view models; a "context miss" of the spec is a
/// load-time error here by design, and a spec's `null` is an optional that is `nil`.
enum Spec {
  static func render<Model: TemplateModel>(
    _ template: String, _ model: Model, partials: [String: String] = [:]
  ) throws -> String {
    var templates = partials
    templates["main"] = template
    let set = try TemplateSet(templates: templates)
    return try set.compile("main", for: Model.self).render(model)
  }

  /// The error loading or compiling the template gives, or nil when it renders.
  static func error<Model: TemplateModel>(
    _ template: String, for model: Model.Type, partials: [String: String] = [:]
  ) -> TemplateError? {
    var templates = partials
    templates["main"] = template
    do {
      _ = try TemplateSet(templates: templates).compile("main", for: Model.self)
      return nil
    } catch {
      return error
    }
  }
}

/// The spec's `{ }`.
struct Empty: TemplateModel {
  static let templateFields: TemplateFields<Self> = []
}

/// Text fields by the names the spec's cases use.
struct Text: TemplateModel {
  var subject: String? = nil
  var forbidden: String? = nil
  var string: String? = nil
  var cannot: String? = nil
  var template: String? = nil
  var planet: String? = nil
  var text: String? = nil
  var data: String? = nil
  var value: String? = nil
  var foo: String? = nil
  var two: String? = nil
  var bar: String? = nil
  var baz: String? = nil
  var fruit: String? = nil

  static let templateFields: TemplateFields<Self> = [
    .text("subject", \.subject), .text("forbidden", \.forbidden), .text("string", \.string),
    .text("cannot", \.cannot), .text("template", \.template), .text("planet", \.planet),
    .text("text", \.text), .text("data", \.data), .text("value", \.value), .text("foo", \.foo),
    .text("two", \.two), .text("bar", \.bar), .text("baz", \.baz), .text("fruit", \.fruit),
  ]
}

/// The same names as rendered HTML, for `{{{…}}}` and `{{&…}}`.
struct Markup: TemplateModel {
  var forbidden: String? = nil
  var string: String? = nil
  var cannot: String? = nil
  var content: String? = nil
  var bar: String? = nil

  static let templateFields: TemplateFields<Self> = [
    .html("forbidden", \.forbidden), .html("string", \.string), .html("cannot", \.cannot),
    .html("content", \.content), .html("bar", \.bar),
  ]
}

/// Conditions by the names the spec's cases use, with a text or two beside them.
struct Flags: TemplateModel {
  var boolean = false
  var bool = false
  var t = false
  var section = false
  var data: String? = nil
  var two: String? = nil

  static let templateFields: TemplateFields<Self> = [
    .bool("boolean", \.boolean), .bool("bool", \.bool), .bool("t", \.t),
    .bool("section", \.section), .text("data", \.data), .text("two", \.two),
  ]
}

/// `{ name: … }`.
struct Person: TemplateModel {
  var name: String?

  static let templateFields: TemplateFields<Self> = [.text("name", \.name)]
}

/// Hashes nested to any depth: `a.b.c.d.e.name`.
final class Chain: TemplateModel {
  let a: Chain?
  let b: Chain?
  let c: Chain?
  let d: Chain?
  let e: Chain?
  let name: String?
  let flag: Bool

  init(
    a: Chain? = nil, b: Chain? = nil, c: Chain? = nil, d: Chain? = nil, e: Chain? = nil,
    name: String? = nil, flag: Bool = false
  ) {
    self.a = a
    self.b = b
    self.c = c
    self.d = d
    self.e = e
    self.name = name
    self.flag = flag
  }

  static let templateFields: TemplateFields<Chain> = [
    .optional("a", \.a), .optional("b", \.b), .optional("c", \.c), .optional("d", \.d),
    .optional("e", \.e), .text("name", \.name), .bool("flag", \.flag),
  ]
}
