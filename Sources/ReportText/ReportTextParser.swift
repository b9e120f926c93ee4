import ReportModel

/// Reads the report text format (the office's 督查 report) into a `Round`, collecting every
/// problem as a diagnostic against the report's own lines.
public struct ReportTextParser: Sendable {
  /// The statuses the report may use.
  public var vocabulary: StatusVocabulary
  /// Where the vocabulary is declared, for the note on an unknown status.
  public var vocabularySource: String
  /// Which field each line label names.
  public var labels: FieldLabels

  public init(
    vocabulary: StatusVocabulary, vocabularySource: String = "Content/site.yml",
    labels: FieldLabels = .builtIn
  ) {
    self.vocabulary = vocabulary
    self.vocabularySource = vocabularySource
    self.labels = labels
  }

  /// Parses `text`, read from `path`. The round's id is `roundID`, else the header's 生成日期.
  /// The round is nil when there are errors; warnings come with a round.
  public func parse(_ text: String, path: String, roundID: RoundID? = nil) -> (
    round: Round?, diagnostics: [Diagnostic]
  ) {
    var state = ParseState(parser: self, path: path, lines: ReportTextParser.lines(of: text))
    state.run()
    var diagnostics = state.diagnostics
    let id = roundID ?? ISODate.headerDate(state.metadata).flatMap { RoundID($0.description) }
    if id == nil {
      diagnostics.append(
        .error(
          SourceLocation(path: path, line: 1, column: 1),
          "cannot tell which round this report is: its header has no date "
            + "(生成日期, 发布日期 or 成文日期)",
          notes: [
            "give the report's date with --date YYYY-MM-DD, e.g. --date 2021-06-30 "
              + "(or name the round with --round ID)"
          ]))
    }
    guard let id, !diagnostics.hasErrors else { return (nil, diagnostics) }
    return (state.makeRound(id: id), diagnostics)
  }

  /// The text's lines without a byte-order mark, with CRLF read as LF.
  static func lines(of text: String) -> [String] {
    var text = text
    // Cut at the bytes of "\n": ASCII bytes never occur inside another character's UTF-8, so
    // every piece is whole characters ("\r\n", one Character, is split as well).
    return text.withUTF8 { bytes in
      var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
      var lines: [String] = []
      while true {
        let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
        var lineEnd = end
        if lineEnd > start, bytes[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
        lines.append(
          String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<lineEnd]), as: UTF8.self))
        guard end < bytes.count else { return lines }
        start = end + 1
      }
    }
  }
}
