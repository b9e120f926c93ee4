import SiteTemplates
/// One entry of the footer's identity block, e.g. `ICP备案号` and its number.
struct IdentityItem: Sendable {
  let label: String
  let value: String
  /// Whether a separator goes before it (every entry but the first).
  let separated: Bool
}

extension IdentityItem: TemplateModel {
  static let templateFields: TemplateFields<Self> = [
    .text("label", \.label),
    .text("value", \.value),
    .bool("separated", \.separated),
  ]
}
