/// `data.json`: the published round as open data. Keys are written sorted, so the file is the
/// same byte for byte for the same input. The README documents every key.
struct OpenData: Codable, Sendable {
  struct Round: Codable, Sendable {
    var id: String
    var date: String?
    var metadata: [Metadata]
  }

  struct Metadata: Codable, Sendable {
    var key: String
    var value: String
  }

  struct Section: Codable, Sendable {
    var number: Int
    var title: String
    var subsections: [Subsection]
  }

  struct Subsection: Codable, Sendable {
    var number: Int
    var title: String
  }

  struct Unit: Codable, Sendable {
    var name: String
    var slug: String
    var aliases: [String]
    /// The unit's page, relative to the site root.
    var url: String
  }

  struct Status: Codable, Sendable {
    var label: String
    var category: String
  }

  struct Task: Codable, Sendable {
    var number: Int
    var section: Int
    /// Encoded as `null` in sections without subsections.
    var subsection: Int?
    var text: String
    /// Canonical names, the lead first.
    var units: [String]
    var unitsAsWritten: [String]
    var status: Status
    /// The narrative in Markdown.
    var narrative: String
    /// The task's page, relative to the site root.
    var url: String
    var badge: String
    /// The task's result in every round, oldest first.
    var history: [HistoryItem]
    /// `YYYY-MM-DD`, or `null` when the task has no deadline.
    var due: String?
    var overdue: Bool
    /// `lead` or `co` for each of `units`.
    var roles: [String]
    /// People responsible (分管领导), as written.
    var leaders: [String]
    /// The completion deadline as written (完成时限), or `null`.
    var dueAsWritten: String?
    /// The report's remark (备注), or `null`.
    var note: String?
    /// The period the narrative is labelled with (`1-11月`), or `null`.
    var period: String?
    /// Narratives of earlier periods, oldest first.
    var earlierPeriods: [Period]

    func encode(to encoder: Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(number, forKey: .number)
      try container.encode(section, forKey: .section)
      try container.encode(subsection, forKey: .subsection)
      try container.encode(text, forKey: .text)
      try container.encode(units, forKey: .units)
      try container.encode(unitsAsWritten, forKey: .unitsAsWritten)
      try container.encode(status, forKey: .status)
      try container.encode(narrative, forKey: .narrative)
      try container.encode(url, forKey: .url)
      try container.encode(badge, forKey: .badge)
      try container.encode(history, forKey: .history)
      try container.encode(due, forKey: .due)
      try container.encode(overdue, forKey: .overdue)
      try container.encode(roles, forKey: .roles)
      try container.encode(leaders, forKey: .leaders)
      try container.encode(dueAsWritten, forKey: .dueAsWritten)
      try container.encode(note, forKey: .note)
      try container.encode(period, forKey: .period)
      try container.encode(earlierPeriods, forKey: .earlierPeriods)
    }
  }

  struct Period: Codable, Sendable {
    var period: String
    var narrative: String
  }

  struct HistoryItem: Codable, Sendable {
    var round: String
    var status: Status
    var narrative: String
  }

  /// A task whose result changed since the round before the latest.
  struct Change: Codable, Sendable {
    var number: Int
    /// newly-done, moved-backwards, status-changed, narrative-changed, added or dropped.
    var kind: String
    /// `null` for an added task.
    var before: Status?
    /// `null` for a dropped task.
    var after: Status?

    func encode(to encoder: Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(number, forKey: .number)
      try container.encode(kind, forKey: .kind)
      try container.encode(before, forKey: .before)
      try container.encode(after, forKey: .after)
    }
  }

  /// A report of the site, in the site root's data.json.
  struct ReportLink: Codable, Sendable {
    var id: String
    var title: String
    /// The report's data.json, relative to the site root.
    var url: String
  }

  var title: String
  var publisher: String
  /// Every report of the site, oldest first; only in the site root's data.json.
  var reports: [ReportLink]? = nil
  /// The round the site shows.
  var round: String
  var rounds: [Round]
  var sections: [Section]
  var units: [Unit]
  var tasks: [Task]
  /// The changes from the round before the latest to the latest; empty with one round.
  var changes: [Change]
}
