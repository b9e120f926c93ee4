import Foundation
import ReportMarkdown
import ReportModel

/// Warnings for raw HTML in narratives: the site leaves it out, so the editor should hear of
/// it, at the file and line where it is.
enum RawHTMLWarnings {
  static func of(_ report: Report) -> [Diagnostic] {
    let renderer = MarkdownRenderer()
    // Every narrative is parsed, on every core; the warnings come in the order of the rounds
    // and their tasks.
    let places = report.rounds.indices.flatMap { round in
      report.rounds[round].tasks.indices.map { (round: round, task: $0) }
    }
    return parallelMap(places, chunkSize: 256) { place -> [Diagnostic] in
      let task = report.rounds[place.round].tasks[place.task]
      let positions = renderer.rawHTML(in: task.narrative)
      guard !positions.isEmpty, let file = task.location?.path else { return [] }
      let bodyLine = narrativeStartLine(ofFile: file)
      return positions.map { position in
        .warning(
          SourceLocation(
            path: file, line: bodyLine.map { $0 + position.line - 1 } ?? 0,
            column: position.column),
          "raw HTML in the narrative of task \(task.number) is left out of the site",
          notes: [
            "write it in Markdown (**bold**, lists, | tables |) or as plain text, e.g. &lt; for <"
          ])
      }
    }.flatMap { $0 }
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
