import Mustache

/// A view-model property that is `nil`: renders as nothing and counts as false in sections.
struct MissingValue: MustacheCustomRenderable {
  var renderText: String { "" }
  var isNull: Bool { true }
}
