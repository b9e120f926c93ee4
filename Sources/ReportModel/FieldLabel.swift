/// One entry of the label table: a label as reports write it and the field it names.
public struct FieldLabel: Hashable, Sendable {
  /// The label, e.g. `牵头单位`; matched ignoring width, spaces and a trailing colon.
  public var label: String
  public var field: LabelledField

  public init(_ label: String, _ field: LabelledField) {
    self.label = label
    self.field = field
  }
}

/// What a line label or a column header names.
public struct LabelMatch: Hashable, Sendable {
  public var field: LabelledField
  /// The table's label that matched (for a period narrative, the label after the period).
  public var label: String
  /// The period a narrative is labelled with, e.g. `1-10月` of `1-10月推进情况`; nil otherwise.
  public var period: String?

  public init(field: LabelledField, label: String, period: String? = nil) {
    self.field = field
    self.label = label
    self.period = period
  }
}
