/// Names and other one-line fields (units, statuses, section and subsection titles, the header's
/// keys and values, the site's title, a round's id) hold at most ``maximum`` characters. A longer
/// one is a paragraph pasted in the wrong place; refused with its place, it can never make a page
/// name too long for a file system or slow a build down.
public enum FieldLength {
  /// The most characters a one-line field may hold.
  public static let maximum = 100

  /// Whether `value` is longer than ``maximum`` characters, found without counting past it.
  public static func isTooLong(_ value: String) -> Bool {
    value.utf8.count > maximum
      && value.index(value.startIndex, offsetBy: maximum, limitedBy: value.endIndex)
        .map { $0 < value.endIndex } ?? false
  }

  /// The error for `value`, the field called `field` (e.g. "unit name") at `location`, when it
  /// is longer than ``maximum`` characters; nil when it fits.
  public static func problem(_ value: String, field: String, at location: SourceLocation)
    -> Diagnostic?
  {
    guard isTooLong(value) else { return nil }
    let start = String(value.prefix(20))
    return .error(
      location, "\(field) \"\(start)…\" is \(value.count) characters long",
      notes: [
        "a \(field) is one line of at most \(maximum) characters; "
          + "longer text belongs in a task's narrative"
      ])
  }
}
