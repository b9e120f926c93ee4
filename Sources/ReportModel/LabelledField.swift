/// A field of a task that a report labels: the target of a line label (`牵头单位:`) or a column
/// header (`牵头单位`). The raw values are the names `site.yml` uses in its `labels:` block.
public enum LabelledField: String, CaseIterable, Hashable, Sendable {
  /// The task's number (序号).
  case number
  /// The task's text (重点任务).
  case task
  /// Responsible units, role unstated unless marked inline (责任单位).
  case units
  /// Units that lead (牵头单位).
  case leadUnits = "lead-units"
  /// Units that work with the lead (配合单位).
  case coUnits = "co-units"
  /// Units of which the first leads and the others work with it (责任主体与协同单位).
  case leadAndCoUnits = "lead-and-co-units"
  /// People responsible, never units (分管领导).
  case leaders
  /// The completion deadline as written (完成时限).
  case due
  /// The status (完成状态; 是否达序 with 是/否).
  case status
  /// What was done (贯彻落实情况, 进展情况); with a period (`1-10月推进情况`) when one is named.
  case narrative
  /// A remark (备注, 说明).
  case note

  /// Whether the field holds units.
  public var isUnits: Bool {
    self == .units || self == .leadUnits || self == .coUnits || self == .leadAndCoUnits
  }
}
