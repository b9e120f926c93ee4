import ReportModel
import SiteOutput

extension PageInputs {
  /// The digests of one round (see ``PageInputs``).
  struct RoundDigests: Sendable {
    /// The round's structure: its header and sections, then each task's structure.
    var structure: UInt64
    var narratives: [Int: UInt64]
    var all: UInt64
    var statuses: [Int: UInt64]
    var allStatuses: UInt64
  }

  /// What a session's build keeps of a round's digests for the next (see ``BuildSession``):
  /// the tasks they were made of, and each task's narratives' and status's digests, so that
  /// the next build hashes again only the tasks that are not the very same values.
  struct KeptRound: Sendable {
    let tasks: [KeyTask]
    /// The digest of the round without its tasks (see ``StableHasher/combine(structureOf:)``).
    let header: UInt64
    let digests: RoundDigests
    let narrativeDigests: [UInt64]
    let statusDigests: [UInt64]
    /// The last place of each number among the tasks (the one whose digests the tables hold).
    let lastPlaces: [Int: Int]
  }

  /// The digests of `round`, made anew; with `keeping`, also what the next build may take.
  static func digests(of round: Round, keeping: Bool) -> (RoundDigests, KeptRound?) {
    var structure = StableHasher()
    structure.combine(structureOf: round)
    var all = StableHasher()
    var statusesOfRound = StableHasher()
    var byNumber: [Int: UInt64] = [:]
    var statusByNumber: [Int: UInt64] = [:]
    byNumber.reserveCapacity(round.tasks.count)
    statusByNumber.reserveCapacity(round.tasks.count)
    var narrativeDigests: [UInt64] = []
    var statusDigests: [UInt64] = []
    for task in round.tasks {
      structure.combine(structureOf: task)
      var narrative = StableHasher()
      narrative.combine(narrativesOf: task)
      byNumber[task.number] = narrative.value
      all.combine(narrative.value)
      var status = StableHasher()
      status.combine(statusOf: task)
      statusByNumber[task.number] = status.value
      statusesOfRound.combine(task.number)
      statusesOfRound.combine(status.value)
      if keeping {
        narrativeDigests.append(narrative.value)
        statusDigests.append(status.value)
      }
    }
    let digests = RoundDigests(
      structure: structure.value, narratives: byNumber, all: all.value,
      statuses: statusByNumber, allStatuses: statusesOfRound.value)
    guard keeping else { return (digests, nil) }
    var header = StableHasher()
    header.combine(structureOf: round)
    var lastPlaces: [Int: Int] = [:]
    for (place, task) in round.tasks.enumerated() { lastPlaces[task.number] = place }
    return (
      digests,
      KeptRound(
        tasks: round.tasks, header: header.value, digests: digests,
        narrativeDigests: narrativeDigests, statusDigests: statusDigests, lastPlaces: lastPlaces)
    )
  }

  /// The digests of `round` made from `kept`, the last build's of a round of as many tasks:
  /// a task that holds the very values of the kept one at its place (see
  /// ``KeyTask/placesNotHoldingTheSameValues(_:_:)``) has its kept digests; another must have the same structure (by its own digest), and its
  /// narratives' and status's digests are made. Nil when the header or a task's structure
  /// differs, or a task of a number that repeats changed: the round is then digested anew.
  static func digests(of round: Round, kept: KeptRound) -> (RoundDigests, KeptRound)? {
    guard kept.tasks.count == round.tasks.count else { return nil }
    var header = StableHasher()
    header.combine(structureOf: round)
    guard header.value == kept.header else { return nil }
    var changed: [Int] = []
    for place in KeyTask.placesNotHoldingTheSameValues(kept.tasks, round.tasks) {
      var old = StableHasher()
      old.combine(structureOf: kept.tasks[place])
      var new = StableHasher()
      new.combine(structureOf: round.tasks[place])
      guard old.value == new.value, kept.lastPlaces[round.tasks[place].number] == place else {
        return nil
      }
      changed.append(place)
    }
    guard !changed.isEmpty else { return (kept.digests, kept) }
    var digests = kept.digests
    var narrativeDigests = kept.narrativeDigests
    var statusDigests = kept.statusDigests
    for place in changed {
      let task = round.tasks[place]
      var narrative = StableHasher()
      narrative.combine(narrativesOf: task)
      var status = StableHasher()
      status.combine(statusOf: task)
      narrativeDigests[place] = narrative.value
      statusDigests[place] = status.value
      digests.narratives[task.number] = narrative.value
      digests.statuses[task.number] = status.value
    }
    var all = StableHasher()
    var statusesOfRound = StableHasher()
    for place in round.tasks.indices {
      all.combine(narrativeDigests[place])
      statusesOfRound.combine(round.tasks[place].number)
      statusesOfRound.combine(statusDigests[place])
    }
    digests.all = all.value
    digests.allStatuses = statusesOfRound.value
    return (
      digests,
      KeptRound(
        tasks: round.tasks, header: kept.header, digests: digests,
        narrativeDigests: narrativeDigests, statusDigests: statusDigests,
        lastPlaces: kept.lastPlaces)
    )
  }

}
