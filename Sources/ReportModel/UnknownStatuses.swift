/// Every status of one report that the vocabulary lacks, with the lines (or table rows) that
/// write it, reported at once as one error with a block to paste into site.yml.
public struct UnknownStatuses: Sendable {
  /// Each unknown status in the order first met, with its lines.
  public private(set) var entries: [(status: String, lines: [Int])] = []

  public init() {}

  public var isEmpty: Bool { entries.isEmpty }

  /// Records `status` written on `line` (from 1).
  public mutating func add(_ status: String, line: Int) {
    if let known = entries.firstIndex(where: { $0.status == status }) {
      entries[known].lines.append(line)
    } else {
      entries.append((status, [line]))
    }
  }

  /// The one error that lists them all, at `path` and the first one's line; nil when there are
  /// none. `lineWord` is what a line is called in the report (`line`, or `row` in a table).
  public func diagnostic(path: String, vocabularySource: String, lineWord: String = "line")
    -> Diagnostic?
  {
    guard let first = entries.first else { return nil }
    let listed = entries.map { status, lines in
      "\"\(status)\" (\(lineWord)\(lines.count == 1 ? "" : "s") "
        + lines.map(String.init).joined(separator: ", ") + ")"
    }
    var block = "paste under `statuses:` in \(vocabularySource), and check each category:"
    for (status, _) in entries {
      block += "\n  - label: \(status)\n    category: \(Self.likelyCategory(of: status).rawValue)"
    }
    let count = entries.count
    return .error(
      SourceLocation(path: path, line: first.lines[0], column: 1),
      "the report uses \(count) unknown status\(count == 1 ? "" : "es"): "
        + listed.joined(separator: ", "),
      notes: [
        block,
        "categories: " + StatusCategory.allCases.map(\.rawValue).joined(separator: ", "),
      ])
  }

  /// A first guess at what an unknown status means, for the block to paste; the user checks it.
  public static func likelyCategory(of status: String) -> StatusCategory {
    let words: [(String, StatusCategory)] = [
      ("未启动", .notStarted), ("未开始", .notStarted), ("未开工", .notStarted),
      ("滞后", .behind), ("欠", .behind), ("未完成", .behind), ("未达", .behind), ("落后", .behind),
      ("缓慢", .behind), ("长期", .doneOngoing), ("持续", .doneOngoing), ("完成", .done),
      ("办结", .done), ("销号", .done), ("计划", .scheduled), ("力争", .scheduled),
    ]
    return words.first { status.contains($0.0) }?.1 ?? .inProgress
  }
}
