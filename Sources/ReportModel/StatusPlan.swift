/// A status followed by a plan, as reports write it: `推进中,计划11月底前完成`,
/// `推进中,力争年内完成`, `已完成,2021年6月底前完成验收`. The status keeps its category and the
/// plan gives a due date (see ``DeadlinePolicy``); in-progress with a plan is `scheduled`.
public enum StatusPlan {
  /// What may stand between a status and its plan, and between the clauses of a plan.
  public static let separators: Set<Character> = [",", "，", ";", "；", " ", "\u{3000}"]
  /// Words that start a plan.
  static let starts = ["计划", "力争", "预计", "确保", "争取", "拟于", "拟", "将于", "有望", "预期"]
  /// Words that say what the plan will have done.
  static let completions = [
    "完成", "办结", "建成", "完工", "竣工", "投用", "投运", "投产", "到位", "实现", "落地", "开工", "上线",
    "启用", "交付", "通车", "开业", "验收",
  ]

  /// `written` read as a known status followed by a plan: the definition it stands for
  /// (labelled as written, its category that of the status, `scheduled` for an in-progress one)
  /// and the plan's words; nil when it is not one.
  public static func read(_ written: String, vocabulary: StatusVocabulary) -> (
    definition: StatusDefinition, plan: String
  )? {
    let text = written.trimmedSpace
    let folded = text.widthFolded
    // Each label the text starts with, the longest first: `推进中,计划年底前完成,力争提前完成`
    // is 推进中 with a plan of two clauses, not 推进中,计划年底前完成 with a plan of one.
    let bases = vocabulary.definitions.filter { folded.hasPrefix($0.label.widthFolded) }
      .sorted { $0.label.count > $1.label.count }
    for base in bases {
      var rest = text.dropFirst(base.label.widthFolded.count)
      guard let first = rest.first else { continue }
      if separators.contains(first) {
        rest = rest.drop { separators.contains($0) }
      } else if !starts.contains(where: { rest.hasPrefix($0) }) {
        continue
      }
      guard isPlan(rest) else { continue }
      let category: StatusCategory = base.category == .inProgress ? .scheduled : base.category
      return (StatusDefinition(label: text, category: category), String(rest))
    }
    return nil
  }

  /// Whether `words` (what follows a status) are a plan: one or more clauses, each of which
  /// starts with a plan word or names a time, and says what will be done; at least one names a
  /// time; nothing that says it is already done (已, 于).
  public static func isPlan(_ words: Substring) -> Bool {
    let clauses = words.split(whereSeparator: { separators.contains($0) })
    guard !clauses.isEmpty, !words.contains("。") else { return false }
    var namesTime = false
    for clause in clauses {
      if clause.hasPrefix("已") || clause.hasPrefix("于") { return false }
      let time = namesATime(clause)
      namesTime = namesTime || time
      let starts = Self.starts.contains { clause.hasPrefix($0) }
      let completes = completions.contains { clause.contains($0) }
      guard (starts || time) && completes else { return false }
    }
    return namesTime
  }

  /// Whether plan words that start a clause are there: for a clause that tries to be a plan.
  public static func startsAPlan(_ words: Substring) -> Bool {
    let trimmed = words.drop { separators.contains($0) }
    return starts.contains { trimmed.hasPrefix($0) }
  }

  /// Whether `clause` names a date or a time of the year.
  static func namesATime(_ clause: Substring) -> Bool {
    !PlanDates.dates(in: String(clause), year: 2000).isEmpty
  }
}
