/// What a responsible unit does in a task, as the report states it.
public enum UnitRole: String, CaseIterable, Hashable, Sendable {
  /// Leads the task (牵头单位, or a unit marked `（牵头）`).
  case lead
  /// Works with the lead (配合单位, 协同单位, 协办单位, or a unit marked `（配合）`).
  case co
  /// The report does not say; the first unit of a task leads.
  case unstated

  /// The words of an inline marker that state a role, e.g. `区发改委（牵头）`.
  static let markerWords: [(words: String, role: UnitRole)] = [
    ("牵头单位", .lead), ("牵头", .lead), ("主责", .lead), ("主责单位", .lead), ("负责", .lead),
    ("配合单位", .co), ("配合", .co), ("协同", .co), ("协办", .co), ("参与", .co), ("协助", .co),
  ]

  /// A unit name as written with an inline role marker at its end, `区发改委（牵头）` or
  /// `区发改委(配合)`: the name without the marker, the marker as written and its role; nil
  /// when the name ends in no marker (a parenthesis that is part of a name, such as
  /// `区政府办(区外办)`, is no marker).
  public static func splitMarker(_ written: String) -> (
    name: String, marker: String, role: UnitRole
  )? {
    let trimmed = written.trimmedSpace
    guard let close = trimmed.last, close == ")" || close == "）",
      let open = trimmed.lastIndex(where: { $0 == "(" || $0 == "（" })
    else { return nil }
    let inside = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
    let words = String(inside).trimmedSpace
    guard let role = markerWords.first(where: { $0.words == words })?.role else { return nil }
    let name = String(trimmed[..<open]).trimmedSpace
    guard !name.isEmpty else { return nil }
    return (name, String(trimmed[open...]), role)
  }
}
