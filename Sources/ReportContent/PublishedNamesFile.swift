import ReportModel

/// `rounds/<id>/published.yml`: each unit's canonical name when import wrote the round, by
/// the name the report wrote. An earlier round's pages show these names, as published then.
enum PublishedNamesFile {
  static let name = "published.yml"

  static func text(for round: Round, units: UnitDirectory) -> String {
    var out = """
      # The units' names as the site published them when this round was imported, by the name
      # the report wrote. Earlier rounds keep these names after a unit is renamed in site.yml.

      """
    var seen = Set<String>()
    for task in round.tasks {
      for unit in task.units where seen.insert(unit).inserted {
        out += YAMLText.scalar(unit) + ": " + YAMLText.scalar(units.canonicalName(for: unit)) + "\n"
      }
    }
    return out
  }

  static func read(_ text: String, path: String) -> ([String: String], [Diagnostic]) {
    let (document, error) = YAMLNode.parse(text, path: path)
    guard let document else { return ([:], [error!]) }
    guard let pairs = document.pairs else {
      return ([:], [.error(document.location, "published.yml must map names to names")])
    }
    var reader = YAMLReader()
    var names: [String: String] = [:]
    for (written, value) in pairs {
      if let canonical = reader.string(value, written, in: document, required: true) {
        names[written] = canonical
      }
    }
    return (names, reader.diagnostics)
  }
}
