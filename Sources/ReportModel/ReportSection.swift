/// A subsection heading of a section, `(一)抓实抓细强化疫情防控`.
public struct ReportSubsection: Hashable, Sendable {
  /// The subsection's number within its section, from 1.
  public var number: Int
  public var title: String
  /// The heading line exactly as the report wrote it, kept only when it differs from the way
  /// report-site would write it (blank lines before it, other punctuation).
  public var writtenAs: String?

  public init(number: Int, title: String, writtenAs: String? = nil) {
    self.number = number
    self.title = title
    self.writtenAs = writtenAs
  }

  /// The number as a Chinese numeral, 一.
  public var numeral: String { ChineseNumeral.text(for: number) }
}

/// A part of the report, `一、聚焦两手抓、两战赢,确保经济社会实现稳增长`.
public struct ReportSection: Hashable, Sendable {
  /// The section's number, from 1.
  public var number: Int
  public var title: String
  public var subsections: [ReportSubsection]
  /// The heading line as written, kept only when it differs from report-site's own spelling.
  public var writtenAs: String?

  public init(
    number: Int, title: String, subsections: [ReportSubsection] = [], writtenAs: String? = nil
  ) {
    self.number = number
    self.title = title
    self.subsections = subsections
    self.writtenAs = writtenAs
  }

  /// The number as a Chinese numeral, 一.
  public var numeral: String { ChineseNumeral.text(for: number) }

  public func subsection(_ number: Int) -> ReportSubsection? {
    subsections.first { $0.number == number }
  }
}
