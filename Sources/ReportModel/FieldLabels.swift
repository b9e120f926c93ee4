/// The label table: which task field each line label (`牵头单位:`) or column header (`牵头单位`)
/// of a report names. Built-in labels cover what governments commonly write; `site.yml` adds
/// more in its `labels:` block. Matching ignores half- and full-width forms, spaces (also inside
/// the label: `责 任 单 位`) and a trailing colon.
public struct FieldLabels: Hashable, Sendable {
  /// Every label, built-in ones first, in the order added.
  public private(set) var labels: [FieldLabel]
  /// The index in `labels` of each label's key (see ``key(_:)``).
  private var indexByKey: [String: Int]
  /// Keys of narrative labels, longest first, for period labels such as `1-10月推进情况`.
  private var narrativeKeys: [(key: String, index: Int)]

  public init(_ labels: [FieldLabel] = []) {
    self.labels = []
    self.indexByKey = [:]
    self.narrativeKeys = []
    for label in labels { add(label) }
  }

  public static func == (lhs: FieldLabels, rhs: FieldLabels) -> Bool {
    lhs.labels == rhs.labels
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(labels)
  }

  /// Adds a label; a later entry for the same label replaces the earlier one.
  public mutating func add(_ label: FieldLabel) {
    let key = Self.key(label.label)
    guard !key.isEmpty else { return }
    if let index = indexByKey[key] {
      labels[index] = label
    } else {
      indexByKey[key] = labels.count
      labels.append(label)
    }
    narrativeKeys = indexByKey.filter { labels[$0.value].field == .narrative }
      .map { (key: $0.key, index: $0.value) }
      .sorted { ($0.key.count, $1.key) > ($1.key.count, $0.key) }
  }

  /// The labels of this table that `base` does not have or maps to another field: what a
  /// `site.yml` adds to the built-in table.
  public func additions(to base: FieldLabels) -> [FieldLabel] {
    labels.filter { base.match($0.label)?.field != $0.field || base.match($0.label)?.period != nil }
  }

  /// What `written` (a line label or a column header) names; nil when it is no label.
  public func match(_ written: String) -> LabelMatch? {
    let key = Self.key(written)
    guard !key.isEmpty else { return nil }
    if let index = indexByKey[key] {
      return LabelMatch(field: labels[index].field, label: labels[index].label)
    }
    for (narrativeKey, index) in narrativeKeys where key.count > narrativeKey.count {
      guard key.hasSuffix(narrativeKey) else { continue }
      let period = String(key.dropLast(narrativeKey.count))
      guard PeriodOrder.isPeriod(period) else { continue }
      return LabelMatch(field: .narrative, label: labels[index].label, period: period)
    }
    return nil
  }

  /// The form labels are compared in: width-folded, without spaces, tabs, line breaks or
  /// ideographic spaces, without a trailing colon.
  public static func key(_ written: String) -> String {
    var key = written.widthFolded
    key.removeAll { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
    while key.last == ":" { key.removeLast() }
    return key
  }

  /// The labels report-site knows without any `site.yml`.
  public static let builtIn = FieldLabels(
    [
      ("序号", LabelledField.number), ("编号", .number), ("序", .number),
      ("重点任务", .task), ("工作任务", .task), ("主要任务", .task), ("任务内容", .task),
      ("目标任务", .task), ("任务", .task), ("工作内容", .task), ("重点工作", .task),
      ("具体任务", .task), ("任务名称", .task), ("工作事项", .task),
      ("责任单位", .units), ("责任主体", .units), ("责任部门", .units), ("承办单位", .units),
      ("牵头单位", .leadUnits), ("牵头部门", .leadUnits), ("主责单位", .leadUnits),
      ("牵头责任单位", .leadUnits),
      ("配合单位", .coUnits), ("协同单位", .coUnits), ("协办单位", .coUnits),
      ("参与单位", .coUnits), ("配合部门", .coUnits), ("责任配合单位", .coUnits),
      ("协同部门", .coUnits),
      ("责任主体与协同单位", .leadAndCoUnits), ("牵头单位与配合单位", .leadAndCoUnits),
      ("牵头单位和配合单位", .leadAndCoUnits), ("牵头单位及配合单位", .leadAndCoUnits),
      ("分管领导", .leaders), ("责任领导", .leaders), ("牵头领导", .leaders), ("区领导", .leaders),
      ("分管区领导", .leaders), ("责任区领导", .leaders), ("牵头区领导", .leaders),
      ("县领导", .leaders), ("市领导", .leaders), ("分管县领导", .leaders),
      ("分管市领导", .leaders), ("领导", .leaders),
      ("完成时限", .due), ("完成时间", .due), ("时间节点", .due), ("完成期限", .due),
      ("时限要求", .due), ("完成时限要求", .due),
      ("完成状态", .status), ("进度", .status), ("推进状态", .status), ("是否达序", .status),
      ("进展状态", .status), ("完成进度", .status), ("是否达到序时进度", .status),
      ("贯彻落实情况", .narrative), ("进展情况", .narrative), ("推进情况", .narrative),
      ("完成情况", .narrative), ("工作进展情况", .narrative), ("落实情况", .narrative),
      ("工作推进情况", .narrative), ("工作落实情况", .narrative), ("目前进展情况", .narrative),
      ("说明", .note), ("备注", .note),
    ].map { FieldLabel($0.0, $0.1) })
}
