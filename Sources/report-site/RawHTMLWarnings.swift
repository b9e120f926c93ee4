import Foundation
import ReportMarkdown
import ReportModel

/// Warnings for raw HTML in narratives: the site leaves it out, so the editor should hear of
/// it, at the file and line where it is.
enum RawHTMLWarnings {
  static func of(_ report: Report) -> [Diagnostic] {
    let renderer = MarkdownRenderer()
    // One narrative after another: cmark-gfm's parses take turns under one lock (see
    // `CmarkGFM`), so more threads would only wait for it.
    var warnings: [Diagnostic] = []
    for round in report.rounds {
      // By index: a task is read in place, not copied out of its round.
      for index in round.tasks.indices {
        let positions = renderer.rawHTML(in: round.tasks[index].narrative)
        guard !positions.isEmpty else { continue }
        let task = round.tasks[index]
        guard let file = task.location?.path else { continue }
        let bodyLine = narrativeStartLine(ofFile: file)
        for position in positions {
          warnings.append(
            .warning(
              SourceLocation(
                path: file, line: bodyLine.map { $0 + position.line - 1 } ?? 0,
                column: position.column),
              "raw HTML in the narrative of task \(task.number) is left out of the site",
              notes: [
                "write it in Markdown (**bold**, lists, | tables |) or as plain text, e.g. &lt; for <"
              ]))
        }
      }
    }
    return warnings
  }

  /// The line (from 1) where a task file's narrative starts: after the second `---` line.
  static func narrativeStartLine(ofFile path: String) -> Int? {
    guard let data = FileManager.default.contents(atPath: path) else { return nil }
    var markers = 0
    for (index, line) in String(decoding: data, as: UTF8.self).split(
      separator: "\n", omittingEmptySubsequences: false
    ).enumerated()
    where line.trimmingCharacters(in: .whitespaces) == "---" {
      markers += 1
      if markers == 2 { return index + 2 }
    }
    return nil
  }
}
