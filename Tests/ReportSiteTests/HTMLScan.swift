/// Crude attribute extraction for tests: the values of `name="…"` attributes in HTML the site
/// wrote (always double-quoted).
enum HTMLScan {
  static func attributeValues(_ name: String, in html: String) -> [String] {
    var values: [String] = []
    let marker = " \(name)=\""
    var start = html.startIndex
    while let range = html[start...].range(of: marker) {
      guard let end = html[range.upperBound...].firstIndex(of: "\"") else { break }
      values.append(String(html[range.upperBound..<end]))
      start = end
    }
    return values
  }
}
