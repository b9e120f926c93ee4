import ReportModel

/// The canonical names of units as written (see ``UnitDirectory/canonicalName(for:)``), each
/// spelling looked up in the directory once: a report names few units, many times.
struct CanonicalUnitNames: Sendable {
  let directory: UnitDirectory
  private var known: [String: String] = [:]

  init(_ directory: UnitDirectory) {
    self.directory = directory
  }

  /// The canonical name of a unit as written; empty for a blank one.
  mutating func name(of written: String) -> String {
    if let name = known[written] { return name }
    let name = directory.canonicalName(for: written)
    known[written] = name
    return name
  }

  /// A task's units by canonical name, the lead first, each once, blank ones left out.
  mutating func names(of written: [String]) -> [String] {
    var seen: Set<String> = []
    var names: [String] = []
    names.reserveCapacity(written.count)
    for unit in written {
      let name = name(of: unit)
      if !name.isEmpty, seen.insert(name).inserted { names.append(name) }
    }
    return names
  }
}
