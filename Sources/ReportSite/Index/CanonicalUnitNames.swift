import ReportModel

/// The canonical names of units as written (see ``UnitDirectory/canonicalName(for:)``), each
/// spelling looked up in the directory once: a report names few units, many times.
struct CanonicalUnitNames: Sendable {
  let directory: UnitDirectory
  private var known: [String: String] = [:]

  /// `published` gives names that win over the directory (an earlier round's names as it
  /// was published, see ``Round/publishedUnitNames``).
  init(_ directory: UnitDirectory, published: [String: String] = [:]) {
    self.directory = directory
    known = published
  }

  /// The names of an earlier round as published, or `shared` (the directory's) for the
  /// latest round and a round without recorded names.
  static func of(_ round: Round, in report: Report, shared: CanonicalUnitNames)
    -> CanonicalUnitNames
  {
    guard round.id != report.latest?.id, !round.publishedUnitNames.isEmpty else { return shared }
    return CanonicalUnitNames(shared.directory, published: round.publishedUnitNames)
  }

  /// The canonical name of a unit as written; empty for a blank one.
  mutating func name(of written: String) -> String {
    if let name = known[written] { return name }
    let name = directory.canonicalName(for: written)
    known[written] = name
    return name
  }

  /// A task's units by canonical name, the lead first, each once, blank ones left out.
  /// A task names a few units: those are compared one by one, a longer list through a set.
  mutating func names(of written: [String]) -> [String] {
    var names: [String] = []
    names.reserveCapacity(written.count)
    guard written.count > Self.fewUnits else {
      for unit in written {
        let name = name(of: unit)
        if !name.isEmpty, !names.contains(name) { names.append(name) }
      }
      return names
    }
    var seen: Set<String> = []
    for unit in written {
      let name = name(of: unit)
      if !name.isEmpty, seen.insert(name).inserted { names.append(name) }
    }
    return names
  }

  /// Up to this many units a task's names are told apart without a set.
  static let fewUnits = 8
}
