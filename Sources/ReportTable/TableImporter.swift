import ReportModel
import TextDecoding

/// Reads a table (a sheet, a CSV file, a Word table) into a round: finds the header row through
/// the label table, reads section and subsection rows and one task per row. Every row either
/// becomes a task or a heading, or is named in a diagnostic.
public struct TableImporter: Sendable {
  public var labels: FieldLabels
  public var vocabulary: StatusVocabulary
  /// Where the vocabulary and the labels are declared, for notes.
  public var configSource: String

  public init(labels: FieldLabels, vocabulary: StatusVocabulary, configSource: String) {
    self.labels = labels
    self.vocabulary = vocabulary
    self.configSource = configSource
  }

  /// What an import made of a file.
  public struct Outcome: Sendable {
    /// The round; nil when there are errors.
    public var round: Round?
    public var diagnostics: [Diagnostic]
    /// The table read, when the file has several: its name.
    public var tableUsed: String?
  }

  /// Reads `document`, the file at `path`. `sheet` names the sheet or table to read (default:
  /// the first with a header row); `date` (`YYYY-MM-DD`) is the round's date when given, else
  /// the date the title rows state.
  public func read(
    _ document: TableDocument, path: String, sheet: String? = nil, date: ISODate? = nil
  ) -> Outcome {
    let file = SourceLocation(path: path)
    var chosen: (grid: TableGrid, columns: TableColumns)?
    if let sheet {
      guard let grid = document.tables.first(where: { $0.name == sheet }) else {
        let names = document.tables.map { "\"\($0.name)\"" }.joined(separator: ", ")
        return Outcome(
          round: nil,
          diagnostics: [
            .error(
              file, "there is no sheet or table named \"\(sheet)\"",
              notes: ["the file has: \(names.isEmpty ? "no tables" : names)"])
          ])
      }
      guard let columns = TableColumns.find(in: grid, labels: labels) else {
        return Outcome(round: nil, diagnostics: [noHeader(file, in: grid.name)])
      }
      chosen = (grid, columns)
    } else {
      for grid in document.tables {
        if let columns = TableColumns.find(in: grid, labels: labels) {
          chosen = (grid, columns)
          break
        }
      }
    }
    guard let (grid, columns) = chosen else {
      return Outcome(round: nil, diagnostics: [noHeader(file, in: nil)])
    }
    // Other tables that look like tasks too are named, never left out unsaid.
    var others: [Diagnostic] = []
    if sheet == nil {
      for other in document.tables where other.name != grid.name {
        guard TableColumns.find(in: other, labels: labels) != nil else { continue }
        others.append(
          .warning(
            file, "\"\(other.name)\" also has a header row of tasks; it was not imported",
            notes: ["import it with --sheet \(other.name), as a round of its own"]))
      }
    }
    var reading = TableReading(
      importer: self, path: path, grid: grid, columns: columns,
      sheetNote: document.tables.count > 1 ? " (\(grid.name))" : "")
    let round = reading.run(date: date)
    return Outcome(
      round: reading.diagnostics.hasErrors ? nil : round, diagnostics: others + reading.diagnostics,
      tableUsed: document.tables.count > 1 ? grid.name : nil)
  }

  func noHeader(_ file: SourceLocation, in table: String?) -> Diagnostic {
    let common = ["序号", "重点任务", "责任单位", "牵头单位", "完成状态", "进展情况"].joined(separator: "、")
    return .error(
      file,
      "no header row found\(table.map { " in \"\($0)\"" } ?? ""): no row names a task column "
        + "and another field",
      notes: [
        "name the columns with labels such as \(common)",
        "or add your headers to `labels:` in \(configSource), e.g. `- label: 工作目标` and "
          + "`field: task`",
      ])
  }
}
