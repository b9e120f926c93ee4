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

    /// Whether the status differs (newly done, moved backwards, other status changes).
    public var isStatusChange: Bool {
      switch self {
      case .newlyDone, .movedBackwards, .statusChanged: true
      case .narrativeChanged, .added, .dropped: false
      }
    }
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
    let before = Self.firstIndexByNumber(earlier.tasks)
    let after = Self.firstIndexByNumber(later.tasks)
    let numbers = Set(before.keys).union(after.keys).sorted()
    var changes: [TaskChange] = []
    // At most one change per number; reserved at once, as changes are large.
    changes.reserveCapacity(numbers.count)
    earlier.tasks.withUnsafeBufferPointer { earlierTasks in
      later.tasks.withUnsafeBufferPointer { laterTasks in
        for number in numbers {
          switch (before[number], after[number]) {
          case (let old?, let new?):
            // Compared field by field in place; a task is copied only into a change.
            let kind = Self.change(
              fromStatus: earlierTasks[old].status, toStatus: laterTasks[new].status,
              narrativeChanged: earlierTasks[old].narrative != laterTasks[new].narrative,
              vocabulary: vocabulary)
            if let kind {
              changes.append(
                TaskChange(
                  kind: kind, number: number, before: earlierTasks[old], after: laterTasks[new]))
            }
          case (let old, let new):
            changes.append(
              TaskChange(
                kind: old == nil ? .added : .dropped, number: number,
                before: old.map { earlierTasks[$0] }, after: new.map { laterTasks[$0] }))
          }
        }
      }
    }
    self.changes = changes
  }

  /// The index of the first task of each number.
  private static func firstIndexByNumber(_ tasks: [KeyTask]) -> [Int: Int] {
    var indexes: [Int: Int] = [:]
    indexes.reserveCapacity(tasks.count)
    for index in tasks.indices where indexes[tasks[index].number] == nil {
      indexes[tasks[index].number] = index
    }
    return indexes
  }

  /// How a task in both rounds changed, from its statuses and whether its narrative changed;
  /// nil when it did not.
  private static func change(
    fromStatus old: String, toStatus new: String, narrativeChanged: @autoclosure () -> Bool,
    vocabulary: StatusVocabulary
  ) -> TaskChange.Kind? {
    let oldCategory = vocabulary.definition(for: old)?.category
    let newCategory = vocabulary.definition(for: new)?.category
    if let oldCategory, let newCategory, !oldCategory.isDone, newCategory.isDone {
      return .newlyDone
    } else if let oldCategory, let newCategory,
      newCategory.progressRank < oldCategory.progressRank
    {
      return .movedBackwards
    } else if old.widthFolded.trimmedSpace != new.widthFolded.trimmedSpace {
      return .statusChanged
    } else if narrativeChanged() {
      return .narrativeChanged
    } else {
      return nil
    }
  }

  public func changes(of kind: TaskChange.Kind) -> [TaskChange] {
    changes.filter { $0.kind == kind }
  }

  /// Changes whose status differs (newly done, moved backwards, other status changes).
  public var statusChanges: [TaskChange] {
    changes.filter { $0.kind.isStatusChange }
  }
}
