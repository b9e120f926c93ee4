import ReportModel

/// `reports/<id>/report.yml`: the report's own title, and whether `report-site migrate` moved
/// the report from the root layout (`Content/rounds/`).
public struct ReportFile: Hashable, Sendable {
  public static let name = "report.yml"

  /// The report's title, e.g. 2021年《政府工作报告》重点任务落实情况: its pages' heading.
  public var title: String
  /// Whether the report's pages were at the site's root before (see
  /// ``Report/migratedFromRoot``).
  public var migratedFromRoot: Bool

  public init(title: String, migratedFromRoot: Bool = false) {
    self.title = title
    self.migratedFromRoot = migratedFromRoot
  }

  static let migratedKey = "migratedFrom"

  public var text: String {
    var out = """
      # The report: its title is the heading of its pages. Its rounds are the folders of rounds/.
      title: \(YAMLText.scalar(title))

      """
    if migratedFromRoot {
      out += """
        # Moved here by `report-site migrate` from Content/rounds/: the site keeps the report's
        # former addresses (tasks/1.html …) as pages that lead to its new ones.
        \(Self.migratedKey): root

        """
    }
    return out
  }

  /// The file read from its text; nil with an error when it is not a map with a `title`.
  static func read(_ text: String, path: String) -> (ReportFile?, [Diagnostic]) {
    let (document, error) = YAMLNode.parse(text, path: path)
    guard let document else { return (nil, [error!]) }
    guard let pairs = document.pairs else {
      return (
        nil,
        [
          .error(
            document.location, "report.yml must be a map",
            notes: ["write `title: 2021年《政府工作报告》重点任务落实情况`"])
        ]
      )
    }
    var reader = YAMLReader()
    let title = reader.line(
      document["title"], "title", in: document, required: true, field: "the report's title")
    var migrated = false
    for (key, value) in pairs where key != "title" {
      if key == Self.migratedKey, value.text == "root" {
        migrated = true
      } else {
        reader.diagnostics.append(
          .warning(
            value.location, "unknown key `\(key)` in report.yml",
            notes: ["report.yml knows `title` and `\(Self.migratedKey): root`"]))
      }
    }
    guard let title, !reader.diagnostics.hasErrors else { return (nil, reader.diagnostics) }
    return (ReportFile(title: title, migratedFromRoot: migrated), reader.diagnostics)
  }
}
