import Foundation
import ReportModel
import SiteOutput

/// Digests of what the pages of a build read, made before any view model: a change of a
/// digest is what makes a page be rendered again (see ``BuildUnits``).
///
/// Two kinds of input are told apart, so that the most common edit, a task's narrative,
/// re-renders few pages:
/// - ``structure``: everything but the narratives — site.yml, every round's header, sections,
///   and tasks (number, text, units, status, dates, notes …), the theme's files and the tool
///   itself. Counts, statuses, units, deadlines, lists and every page's header and meta tags
///   follow from it, so a change of it makes every page be rendered again (the pages whose
///   bytes stay the same are still not rewritten).
/// - each task's status: part of ``structure``, and so read by every page but the task pages,
///   which read only ``layout`` (the structure without the statuses) and their own task's
///   status in every round (its badge, history and deadline), so that a status edit
///   re-renders the lists, counts and open data but only its own task's pages.
/// - each task's narratives (its narrative, the narrative's period and earlier periods'
///   narratives), read by the task's page, by the latest round's page of the same task (its
///   history), by the round's full text, search index and task list, and by the pages that
///   compare rounds or read every round (home, open data; the rounds, changes and feed pages
///   read only whether each narrative changed from one round to the next, see ``changes(_:)``).
struct PageInputs: Sendable {
  let structure: UInt64
  /// The structure without the tasks' statuses: what a task page reads of it.
  let layout: UInt64
  /// Each round's status digests by task number, in the report's order of rounds.
  let statuses: [[Int: UInt64]]
  /// Each round's narrative digests by task number, in the report's order of rounds.
  let narratives: [[Int: UInt64]]
  /// Each round's narratives together, in task order.
  let roundNarratives: [UInt64]
  /// Every round's narratives together.
  let allNarratives: UInt64

  /// `shared` is the digest of what every report's pages read of the whole site (see
  /// ``shared(site:slugs:)``).
  /// A `session` keeps each round's digests for its next build (see ``KeptRound``).
  init(
    report: Report, theme: any TemplateSource, shared: UInt64, session: BuildSession? = nil
  ) throws(SiteBuildError) {
    var hasher = StableHasher()
    hasher.combine(shared)
    hasher.combine(report.id.rawValue)
    hasher.combine(report.migratedFromRoot ? 1 : 0)
    hasher.combine(BuildFingerprint.formatVersion)
    hasher.combine(BuildFingerprint.executableIdentity())
    hasher.combine(report.config)
    let files = try theme.files().sorted()
    hasher.combine(files.count)
    for file in files {
      hasher.combine(file)
      let bytes = try theme.bytes(of: file)
      bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    }
    // Each round on its own core: its structure, and each task's narratives; a session's
    // build takes what the last one kept of each round (see ``KeptRound``).
    let kept = session?.keptRounds(of: report.id) ?? []
    let made = parallelMap(Array(report.rounds.indices), chunkSize: 1) { position in
      let round = report.rounds[position]
      if position < kept.count,
        let (digests, next) = Self.digests(of: round, kept: kept[position])
      {
        return (digests, Optional(next))
      }
      return Self.digests(of: round, keeping: session != nil)
    }
    session?.keepRounds(made.compactMap(\.1), of: report.id)
    let rounds = made.map(\.0)
    hasher.combine(rounds.count)
    var every = StableHasher()
    for round in rounds {
      hasher.combine(round.structure)
      every.combine(round.all)
    }
    layout = hasher.value
    hasher.combine("statuses")
    for round in rounds { hasher.combine(round.allStatuses) }
    structure = hasher.value
    statuses = rounds.map(\.statuses)
    narratives = rounds.map(\.narratives)
    roundNarratives = rounds.map(\.all)
    allNarratives = every.value
  }

  /// What every report's pages read of the whole site: site.yml (the site's title, its
  /// units and statuses) and every unit's slug, which depends on the units of every report.
  static func shared(site: SiteContent, slugs: [String: String]) -> UInt64 {
    var hasher = StableHasher()
    hasher.combine(site.config)
    hasher.combine(slugs.count)
    for (name, slug) in slugs.sorted(by: { $0.key < $1.key }) {
      hasher.combine(name)
      hasher.combine(slug)
    }
    return hasher.value
  }

  /// The digest of the site's root, which reads every report whole.
  static func combined(_ reports: [PageInputs]) -> UInt64 {
    var hasher = StableHasher()
    hasher.combine(reports.count)
    for report in reports {
      hasher.combine(report.structure)
      hasher.combine(report.allNarratives)
    }
    return hasher.value
  }

  /// The digest of every report's structure, which the site root's pages but its feed read.
  static func combinedStructure(_ reports: [PageInputs]) -> UInt64 {
    var hasher = StableHasher()
    hasher.combine(reports.count)
    hasher.combine("structure")
    for report in reports { hasher.combine(report.structure) }
    return hasher.value
  }

  /// What a unit reads, beyond the structure.
  enum Reads {
    /// The structure alone.
    case structure
    /// The narratives of the unit's round.
    case roundNarratives
    /// Every round's narratives.
    case allNarratives
    /// Of the narratives, only whether each task's changed from one round to the next: the
    /// kinds of the changes between rounds, with this digest (see ``changes(_:)``).
    case changes(UInt64)
  }

  /// The digest of the changes between consecutive rounds, task by task (number and kind):
  /// what the rounds, changes and feed pages read of the narratives, beyond the structure.
  static func changes(_ comparisons: [RoundComparison]) -> UInt64 {
    var hasher = StableHasher()
    hasher.combine(comparisons.count)
    for comparison in comparisons {
      hasher.combine(comparison.changes.count)
      for change in comparison.changes.indices {
        hasher.combine(comparison.changes[change].number)
        hasher.combine(comparison.changes[change].kind.rawValue)
      }
    }
    return hasher.value
  }

  /// The digest of the unit `key` of round `round` that reads `reads`.
  func digest(_ key: String, round: Int, reads: Reads) -> UInt64 {
    var hasher = StableHasher()
    hasher.combine(structure)
    hasher.combine(key)
    switch reads {
    case .structure: break
    case .roundNarratives: hasher.combine(roundNarratives[round])
    case .allNarratives: hasher.combine(allNarratives)
    case .changes(let digest):
      hasher.combine("changes")
      hasher.combine(digest)
    }
    return hasher.value
  }

  /// A digest of all that the open data's row of the latest round's task `number` reads: the
  /// inputs of the task's latest page (``taskDigest(_:round:number:)``) but its name, which
  /// the report (in ``layout``) and the number make; a key of a session's rows, made
  /// without the page's name.
  func rowDigest(number: Int) -> UInt64 {
    var hasher = StableHasher()
    hasher.combine(layout)
    hasher.combine("row")
    hasher.combine(number)
    hasher.combine(narratives[narratives.count - 1][number] ?? 0)
    for earlier in narratives.dropLast() { hasher.combine(earlier[number] ?? 1) }
    combineStatuses(of: number, into: &hasher)
    return hasher.value
  }

  /// The digest of task `number`'s page in round `round` (`key` its unit's name): the task's
  /// narratives, and for the latest round's page the narratives of the same task in every
  /// earlier round (its history).
  func taskDigest(_ key: String, round: Int, number: Int) -> UInt64 {
    var hasher = StableHasher()
    hasher.combine(layout)
    hasher.combine(key)
    hasher.combine(narratives[round][number] ?? 0)
    if round == narratives.count - 1 {
      for earlier in narratives.dropLast() { hasher.combine(earlier[number] ?? 1) }
    }
    combineStatuses(of: number, into: &hasher)
    return hasher.value
  }

  /// The digest of the unit `key` of round `round`'s badges of the tasks `numbers`: the
  /// structure without the statuses, and those tasks' statuses in the round.
  func badgesDigest(_ key: String, round: Int, numbers: [Int]) -> UInt64 {
    var hasher = StableHasher()
    hasher.combine(layout)
    hasher.combine(key)
    hasher.combine("badges")
    hasher.combine(numbers.count)
    for number in numbers {
      hasher.combine(number)
      hasher.combine(statuses[round][number] ?? 1)
    }
    return hasher.value
  }

  /// Task `number`'s status in every round (1 where the round has no such task): what its
  /// pages and open data row read of the statuses (its badge, its history with the status
  /// before, its deadline, planned in an earlier round's status and overdue unless done).
  private func combineStatuses(of number: Int, into hasher: inout StableHasher) {
    hasher.combine("statuses")
    for round in statuses { hasher.combine(round[number] ?? 1) }
  }
}
