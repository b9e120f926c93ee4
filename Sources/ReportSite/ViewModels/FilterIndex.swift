/// `tasks/filter-index.js`: every task in a compact form for the filter on a paginated
/// all-tasks page, loaded only when someone starts filtering.
struct FilterIndex: Sendable {
  /// A JSON array, written as it is into the script.
  let json: String
}

/// One task in the filter index (short keys keep the file small).
struct FilterRecord: Codable, Sendable {
  /// Number, text, units, status category, status label, section, unit slugs, page.
  let n: Int
  let t: String
  let u: String
  let s: String
  let l: String
  let c: Int
  let k: String
  let h: String
}
