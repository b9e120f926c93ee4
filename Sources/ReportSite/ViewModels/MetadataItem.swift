import SiteTemplates

/// A disclosure field of the report header; an empty value shows as a dash.
struct MetadataItem: Sendable {
  let key: String
  let value: String
  let isEmpty: Bool
}

extension MetadataItem: TemplateModel {
  static let templateFields: TemplateFields<Self> = [
    .text("key", \.key),
    .text("value", \.value),
    .bool("isEmpty", \.isEmpty),
  ]
}
