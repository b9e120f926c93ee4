import ReportModel

/// The canonical names of units as written (see ``UnitDirectory/canonicalName(for:)``), each
/// spelling looked up in the directory once: a report names few units, many times.
struct CanonicalUnitNames: Sendable {
  let directory: UnitDirectory
  private var known: [String: String] = [:]
  /// The answers of ``name(of:)`` so far by the spelling's exact bytes, a cache looked up
  /// first (see ``ExactText``): a spelling is written in every task that names the unit, and
  /// `String` hashes CJK text slowly.
  private var exact: [ExactText: String] = [:]

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
    let key = ExactText(written)
    if let name = exact[key] { return name }
    if let name = known[written] {
      exact[key] = name
      return name
    }
    let name = directory.canonicalName(for: written)
    known[written] = name
    exact[key] = name
    return name
  }

  /// A task's units by canonical name, the lead first, each once, blank ones left out, and
  /// how many of them the first `leading` spellings give (the leads, written first).
  /// A task names a few units: those are compared one by one, a longer list through a set.
  mutating func names(of written: [String], leading: Int) -> (names: [String], leadCount: Int) {
    var names: [String] = []
    names.reserveCapacity(written.count)
    let throughSet = written.count > Self.fewUnits
    var seen: Set<String> = []
    var leadCount = 0
    for (position, unit) in written.enumerated() {
      if position == leading { leadCount = names.count }
      let name = name(of: unit)
      guard !name.isEmpty else { continue }
      let isNew = throughSet ? seen.insert(name).inserted : !names.contains(name)
      if isNew { names.append(name) }
    }
    if leading >= written.count { leadCount = names.count }
    return (names, leadCount)
  }

  /// Up to this many units a task's names are told apart without a set.
  static let fewUnits = 8
}
