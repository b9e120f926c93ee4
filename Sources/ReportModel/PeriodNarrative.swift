/// A narrative of an earlier period that a report still prints beside this round's, e.g. the
/// `1-10月推进情况` column of a table whose latest column is `1-11月推进情况`.
public struct PeriodNarrative: Hashable, Sendable {
  /// The period as the report labels it, e.g. `1-10月` (the label without its field words).
  public var period: String
  /// What was done in that period, in Markdown.
  public var narrative: String

  public init(period: String, narrative: String) {
    self.period = period
    self.narrative = narrative
  }
}
