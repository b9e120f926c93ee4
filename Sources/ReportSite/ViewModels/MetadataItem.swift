/// A disclosure field of the report header; an empty value shows as a dash.
struct MetadataItem: Sendable {
  let key: String
  let value: String
  let isEmpty: Bool
}
