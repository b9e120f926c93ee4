import SiteTemplates

/// A unit on the units index.
struct UnitSummary: Sendable {
  let name: String
  let href: String
  let led: Int
  let shared: Int
  let total: Int
  let done: Int
  let donePercent: String
  /// The change of completion since the round before, `+12.5` percentage points, or nil.
  let change: String?
}

extension UnitSummary: TemplateModel {
  static let templateFields: TemplateFields<Self> = [
    .text("name", \.name),
    .text("href", \.href),
    .int("led", \.led),
    .int("shared", \.shared),
    .int("total", \.total),
    .int("done", \.done),
    .text("donePercent", \.donePercent),
    .text("change", \.change),
  ]
}
