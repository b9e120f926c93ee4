/// One status as reports write it, and what it means.
public struct StatusDefinition: Hashable, Sendable {
  /// The words as written in reports, e.g. `推进中,计划年底前完成`.
  public var label: String
  public var category: StatusCategory
  /// A short label for badges; the label itself when not set.
  public var display: String

  public init(label: String, category: StatusCategory, display: String? = nil) {
    self.label = label
    self.category = category
    self.display = display ?? label
  }
}

/// The statuses a site knows. Lookup ignores the width of punctuation (, and ，).
public struct StatusVocabulary: Hashable, Sendable {
  public private(set) var definitions: [StatusDefinition]
  private var byFoldedLabel: [String: Int]
  /// `byFoldedLabel` by exact bytes, for quick lookups; a miss asks `byFoldedLabel`.
  private var byExactFoldedLabel: [ExactText: Int]

  public init(_ definitions: [StatusDefinition]) {
    self.definitions = []
    self.byFoldedLabel = [:]
    self.byExactFoldedLabel = [:]
    for definition in definitions { add(definition) }
  }

  /// Equal when the definitions and their lookup agree; the quick index follows from them.
  public static func == (lhs: StatusVocabulary, rhs: StatusVocabulary) -> Bool {
    lhs.definitions == rhs.definitions && lhs.byFoldedLabel == rhs.byFoldedLabel
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(definitions)
    hasher.combine(byFoldedLabel)
  }

  /// Adds a definition; a later definition of the same label replaces the earlier one.
  public mutating func add(_ definition: StatusDefinition) {
    let key = definition.label.widthFolded
    if let index = byFoldedLabel[key] {
      definitions[index] = definition
      byExactFoldedLabel[ExactText(key)] = index
    } else {
      byFoldedLabel[key] = definitions.count
      byExactFoldedLabel[ExactText(key)] = definitions.count
      definitions.append(definition)
    }
  }

  /// The definition of a status as written, or nil when the vocabulary lacks it: a label of
  /// the vocabulary, or one followed by a plan (``StatusPlan``), `推进中,计划11月底前完成`.
  public func definition(for written: String) -> StatusDefinition? {
    let key = written.trimmedSpace.widthFolded
    if let index = byExactFoldedLabel[ExactText(key)] ?? byFoldedLabel[key] {
      return definitions[index]
    }
    return StatusPlan.read(written, vocabulary: self)?.definition
  }

  /// The longest label that `text` starts with, compared width-folded; returns the label's
  /// length in characters of `text`.
  public func longestPrefix(of text: Substring) -> (StatusDefinition, Int)? {
    let folded = String(text).widthFolded
    var best: (StatusDefinition, Int)?
    for definition in definitions {
      let label = definition.label.widthFolded
      if folded.hasPrefix(label), label.count > (best?.1 ?? 0) {
        best = (definition, label.count)
      }
    }
    return best
  }

  /// The vocabulary a new `Content/` starts with: the seed's statuses and the usual others.
  public static let standard = StatusVocabulary([
    StatusDefinition(label: "已完成", category: .done),
    StatusDefinition(label: "已完成并长期坚持", category: .doneOngoing, display: "已完成·长期坚持"),
    StatusDefinition(label: "推进中", category: .inProgress),
    StatusDefinition(label: "推进中,计划年底前完成", category: .scheduled, display: "推进中·年底前完成"),
    StatusDefinition(label: "进度滞后", category: .behind),
    StatusDefinition(label: "未启动", category: .notStarted),
    StatusDefinition(label: "序时推进", category: .inProgress),
    StatusDefinition(label: "达进度", category: .inProgress),
    StatusDefinition(label: "超进度", category: .inProgress),
    StatusDefinition(label: "达到序时进度", category: .inProgress),
    StatusDefinition(label: "是", category: .inProgress, display: "达序时进度"),
    StatusDefinition(label: "正在办理", category: .inProgress),
    StatusDefinition(label: "欠进度", category: .behind),
    StatusDefinition(label: "滞后", category: .behind),
    StatusDefinition(label: "否", category: .behind, display: "未达序时进度"),
    StatusDefinition(label: "未完成", category: .behind),
    StatusDefinition(label: "已办结", category: .done),
  ])
}
