/// What changed for one task between two rounds.
public struct TaskChange: Hashable, Sendable {
  public enum Kind: String, CaseIterable, Hashable, Sendable {
    /// Not done before, done now.
    case newlyDone = "newly-done"
    /// Less far along than before (done → under way, under way → behind …).
    case movedBackwards = "moved-backwards"
    /// Another change of status (推进中 → 推进中,计划年底前完成).
    case statusChanged = "status-changed"
    /// Same status, different narrative.
    case narrativeChanged = "narrative-changed"
    /// In the later round only.
    case added
    /// In the earlier round only.
    case dropped
  }

  public var kind: Kind
  public var number: Int
  /// The task in the earlier round; nil when added.
  public var before: KeyTask?
  /// The task in the later round; nil when dropped.
  public var after: KeyTask?

  public init(kind: Kind, number: Int, before: KeyTask?, after: KeyTask?) {
    self.kind = kind
    self.number = number
    self.before = before
    self.after = after
  }
}

/// The changes from one round to a later one, task by task, in task-number order.
public struct RoundComparison: Hashable, Sendable {
  public var earlier: RoundID
  public var later: RoundID
  public var changes: [TaskChange]

  /// Compares two rounds in time linear in their tasks. Statuses are compared by category
  /// through `vocabulary`; an unknown status counts as its own words.
  public init(from earlier: Round, to later: Round, vocabulary: StatusVocabulary) {
    self.earlier = earlier.id
    self.later = later.id
    var before: [Int: KeyTask] = [:]
    for task in earlier.tasks { before[task.number] = before[task.number] ?? task }
    var after: [Int: KeyTask] = [:]
    for task in later.tasks { after[task.number] = after[task.number] ?? task }
    var changes: [TaskChange] = []
    for number in Set(before.keys).union(after.keys).sorted() {
      let old = before[number]
      let new = after[number]
      guard let old, let new else {
        changes.append(
          TaskChange(kind: old == nil ? .added : .dropped, number: number, before: old, after: new))
        continue
      }
      let oldCategory = vocabulary.definition(for: old.status)?.category
      let newCategory = vocabulary.definition(for: new.status)?.category
      let kind: TaskChange.Kind?
      if let oldCategory, let newCategory, !oldCategory.isDone, newCategory.isDone {
        kind = .newlyDone
      } else if let oldCategory, let newCategory,
        newCategory.progressRank < oldCategory.progressRank
      {
        kind = .movedBackwards
      } else if old.status.widthFolded.trimmedSpace != new.status.widthFolded.trimmedSpace {
        kind = .statusChanged
      } else if old.narrative != new.narrative {
        kind = .narrativeChanged
      } else {
        kind = nil
      }
      if let kind {
        changes.append(TaskChange(kind: kind, number: number, before: old, after: new))
      }
    }
    self.changes = changes
  }

  public func changes(of kind: TaskChange.Kind) -> [TaskChange] {
    changes.filter { $0.kind == kind }
  }

  /// Changes whose status differs (newly done, moved backwards, other status changes).
  public var statusChanges: [TaskChange] {
    changes.filter { [.newlyDone, .movedBackwards, .statusChanged].contains($0.kind) }
  }
}
