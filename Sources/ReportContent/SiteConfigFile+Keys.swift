import ReportModel

/// The keys site.yml knows, and a warning for every other key with the closest known one.
extension SiteConfigFile {
  /// The keys of the top-level map.
  static let topKeys = [
    "title", "publisher", "baseURL", "pageSize", "statuses", "units", "identity", "params",
    "labels",
  ]
  /// The keys of each item of `statuses:`.
  static let statusKeys = ["label", "category", "display"]
  /// The keys of each item of `units:`.
  static let unitKeys = ["name", "aliases", "slug", "formerSlugs"]
  /// The keys of `identity:`.
  static let identityKeys = SiteIdentity.Entry.allCases.map(\.rawValue)

  /// A warning for each key of `document` and of its known maps that site.yml does not know;
  /// `params:` takes any key.
  static func unknownKeys(in document: YAMLNode) -> [Diagnostic] {
    var diagnostics = unknownKeys(of: document, known: topKeys, within: nil)
    for item in document["statuses"]?.items ?? [] {
      diagnostics += unknownKeys(of: item, known: statusKeys, within: "statuses")
    }
    for item in document["units"]?.items ?? [] {
      diagnostics += unknownKeys(of: item, known: unitKeys, within: "units")
    }
    if let identity = document["identity"] {
      diagnostics += unknownKeys(of: identity, known: identityKeys, within: "identity")
    }
    return diagnostics
  }

  private static func unknownKeys(of node: YAMLNode, known: [String], within parent: String?)
    -> [Diagnostic]
  {
    guard let pairs = node.keyedPairs else { return [] }
    var diagnostics: [Diagnostic] = []
    for (key, location) in pairs where !known.contains(key) {
      let place = parent.map { " in `\($0):`" } ?? ""
      var notes: [String] = []
      if let closest = closestKey(to: key, in: known) {
        notes.append("did you mean `\(closest)`? write `\(closest): …`")
      }
      notes.append("known keys here: " + known.joined(separator: ", "))
      diagnostics.append(
        .warning(location, "unknown key `\(key)`\(place); it is ignored", notes: notes))
    }
    return diagnostics
  }

  /// The known key nearest to `key` by edit distance, ignoring case; nil when none is near.
  static func closestKey(to key: String, in known: [String]) -> String? {
    let target = Array(key.lowercased())
    var best: (key: String, distance: Int)?
    for candidate in known {
      let distance = editDistance(target, Array(candidate.lowercased()))
      if distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
    }
    guard let best, best.distance <= max(2, target.count / 3) else { return nil }
    return best.key
  }
}
