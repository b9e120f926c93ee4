/// Where a request's path leads in the served site: the base path removed, each segment
/// percent-decoded, `..` and hidden names refused.
enum SitePath: Equatable {
  /// A file or folder of the site, relative to its root (`tasks/17.html`; `""` for the root).
  case file(String)
  /// The same place with a slash added or the base path put in front.
  case redirect(String)
  /// A path with `..`, `.`, an encoded slash or a NUL: never served.
  case refused
  /// Outside the base path, or a hidden name such as `.report-site`.
  case notFound

  /// `raw` is the path as the request wrote it (`/gzbg/units/%E5%8C%BA.html`); `base` starts
  /// and ends with `/`.
  static func resolve(_ raw: String, base: String) -> SitePath {
    if raw + "/" == base { return .redirect(base) }
    guard raw.hasPrefix(base) else { return raw == "/" ? .redirect(base) : .notFound }
    let rest = raw.dropFirst(base.count)
    var segments: [String] = []
    for part in rest.split(separator: "/", omittingEmptySubsequences: false) {
      guard let segment = String(part).removingPercentEncoding else { return .refused }
      if segment == ".." || segment == "." || segment.contains("/") || segment.contains("\0") {
        return .refused
      }
      if segment.hasPrefix(".") { return .notFound }
      segments.append(segment)
    }
    if segments.last == "" { segments[segments.count - 1] = "index.html" }
    return .file(segments.filter { !$0.isEmpty }.joined(separator: "/"))
  }

  /// The base path as `serve --base-path` takes it, with a slash at both ends.
  static func normalizedBase(_ base: String) -> String {
    var base = base
    if !base.hasPrefix("/") { base = "/" + base }
    if !base.hasSuffix("/") { base += "/" }
    return base
  }
}
