/// One `key: value` pair of a report's disclosure header (索引号, 发布机构, 生成日期 …).
public struct MetadataEntry: Hashable, Sendable {
  public var key: String
  /// Empty when the report leaves the value blank.
  public var value: String

  public init(key: String, value: String) {
    self.key = key
    self.value = value
  }
}

/// One inspection round: a report's header, intro, outline and every task's result.
public struct Round: Hashable, Sendable {
  public var id: RoundID
  /// The header pairs in their original order, empty values kept.
  public var metadata: [MetadataEntry]
  /// The header lines as written, kept only when they differ from report-site's spelling.
  public var headerWrittenAs: [String]?
  /// The text between the header and the first section, verbatim; nil when there is none.
  public var intro: String?
  public var sections: [ReportSection]
  /// Tasks in report order.
  public var tasks: [KeyTask]
  public var style: TextStyle

  public init(
    id: RoundID, metadata: [MetadataEntry] = [], headerWrittenAs: [String]? = nil,
    intro: String? = nil, sections: [ReportSection] = [], tasks: [KeyTask] = [],
    style: TextStyle = .standard
  ) {
    self.id = id
    self.metadata = metadata
    self.headerWrittenAs = headerWrittenAs
    self.intro = intro
    self.sections = sections
    self.tasks = tasks
    self.style = style
  }

  /// The first value of a metadata key.
  public func metadataValue(_ key: String) -> String? {
    metadata.first { $0.key == key }?.value
  }

  /// The round's date, `YYYY-MM-DD`: 生成日期 when it is a date, else 发布日期 or 成文日期 (in any
  /// written form, `2020年12月16日`), else the id when that is one.
  public var date: String? {
    if let value = metadataValue("生成日期"), ISODate(value) != nil { return value }
    if let date = ISODate.headerDate(metadata) { return date.description }
    return ISODate(id.rawValue) != nil ? id.rawValue : nil
  }

  public func section(_ number: Int) -> ReportSection? {
    sections.first { $0.number == number }
  }
}
