import ReportModel

/// The parser's walk over the lines, one task at a time.
struct ParseState {
  /// A task being read, with the raw lines that export may need.
  struct TaskDraft {
    var task: KeyTask
    var headingLine: Int
    var rawHeading: String
    var separator: String
    var rawUnits: String?
    var unitSeparators: [String] = []
    var rawStatusPrefix: String?
    var terminator = ""
    var narrativeLines: [String] = []
    var phase = Phase.expectUnits
  }

  enum Phase {
    case expectUnits, expectStatus, narrative, skipping
  }

  let parser: ReportTextParser
  let path: String
  let lines: [String]
  var diagnostics: [Diagnostic] = []

  var metadata: [MetadataEntry] = []
  var headerLines: [String] = []
  var intro: String?
  var sections: [ReportSection] = []
  var rawSectionHeadings: [String] = []
  var rawSubsectionHeadings: [[String]] = []
  var tasks: [TaskDraft] = []
  var seenNumbers: [Int: Int] = [:]
  var highestTaskNumber = 0
  var pendingBlank = ""
  var current: TaskDraft?
  var votes = StyleVotes()

  init(parser: ReportTextParser, path: String, lines: [String]) {
    self.parser = parser
    self.path = path
    self.lines = lines
  }

  func location(_ index: Int, column: Int = 1) -> SourceLocation {
    SourceLocation(path: path, line: index + 1, column: column)
  }

  mutating func run() {
    var index = 0
    while index < lines.count, ReportHeader.isHeaderLine(lines[index]) {
      headerLines.append(lines[index])
      index += 1
    }
    readHeader()
    let introStart = index
    while index < lines.count, !isStructural(index) { index += 1 }
    if index > introStart { intro = lines[introStart..<index].joined(separator: "\n") }
    if index == lines.count {
      diagnostics.append(
        .error(
          location(max(0, index - 1)), "no tasks found",
          notes: [
            "a task starts with its number, `1.任务`, under a section heading `一、标题`; "
              + "see the report format in README.md"
          ]))
    }
    while index < lines.count {
      read(index)
      index += 1
    }
    finishTask()
    checkNumbering()
  }

  private mutating func readHeader() {
    let header = ReportHeader.parse(headerLines)
    metadata = header.entries
    for colon in header.colons { votes.colon[colon, default: 0] += 1 }
    for stray in header.strayCells {
      diagnostics.append(
        .warning(
          location(stray.line), "header cell \"\(stray.text)\" has no key before it",
          notes: ["write it as `键：| \(stray.text) |`"]))
    }
  }

  /// Whether line `index` starts a section, a subsection or a task.
  private func isStructural(_ index: Int) -> Bool {
    switch ReportLine(lines[index]) {
    case .section(let number, _):
      return number > (sections.last?.number ?? 0)
    case .subsection(let number, _, _, _):
      return !sections.isEmpty && number > (sections.last?.subsections.last?.number ?? 0)
    case .taskHeading(let number, _, _):
      return number > highestTaskNumber
        || nextNonBlankIsUnits(after: index)
    default:
      return false
    }
  }

  private func nextNonBlankIsUnits(after index: Int) -> Bool {
    var next = index + 1
    while next < lines.count {
      switch ReportLine(lines[next]) {
      case .blank: next += 1
      case .units: return true
      default: return false
      }
    }
    return false
  }

  private mutating func read(_ index: Int) {
    let raw = lines[index]
    let line = ReportLine(raw)
    if isStructural(index) {
      finishTask()
      startStructural(line, index: index, raw: pendingBlank + raw)
      pendingBlank = ""
      return
    }
    guard var draft = current else {
      if line == .blank {
        pendingBlank += raw + "\n"
      } else {
        diagnostics.append(
          .error(
            location(index), "text outside any task",
            notes: ["a task starts with its number, e.g. `1.任务`; move this line into one"]))
      }
      return
    }
    switch (draft.phase, line) {
    case (.narrative, _):
      draft.narrativeLines.append(raw)
    case (.skipping, _):
      break
    case (_, .blank):
      pendingBlank += raw + "\n"
    case (.expectUnits, .units(let colon, let rest)):
      readUnits(&draft, colon: colon, rest: rest, index: index, raw: pendingBlank + raw)
      pendingBlank = ""
    case (.expectStatus, .status(let colon, let rest)),
      (.expectUnits, .status(let colon, let rest)):
      if draft.phase == .expectUnits { reportMissingUnits(draft) }
      readStatus(&draft, colon: colon, rest: rest, index: index, raw: raw)
    case (.expectStatus, .units):
      diagnostics.append(
        .error(
          location(index), "task \(draft.task.number) has a second 责任单位 line",
          notes: ["merge it into the one at line \(draft.headingLine + 2)"]))
    case (.expectUnits, _):
      reportMissingUnits(draft)
      draft.phase = .skipping
    case (.expectStatus, _):
      diagnostics.append(
        .error(
          location(index),
          "status paragraph of task \(draft.task.number) has no 贯彻落实情况 label",
          notes: ["start the line with `贯彻落实情况：`, then the status, e.g. `贯彻落实情况：推进中。…`"]))
      draft.phase = .skipping
    }
    current = draft
  }

  mutating func reportMissingUnits(_ draft: TaskDraft) {
    diagnostics.append(
      .error(
        location(draft.headingLine), "task \(draft.task.number) has no 责任单位 line",
        notes: ["add a line `责任单位：单位一、单位二` right after line \(draft.headingLine + 1)"]))
  }

  private mutating func startStructural(_ line: ReportLine, index: Int, raw: String) {
    switch line {
    case .section(let number, let title):
      if number != (sections.last?.number ?? 0) + 1 {
        diagnostics.append(
          .warning(
            location(index),
            "section \(ChineseNumeral.text(for: number)) follows section "
              + "\(sections.last.map(\.numeral) ?? "(none)")",
            notes: ["number the sections 一、二、三… in order"]))
      }
      sections.append(ReportSection(number: number, title: title))
      rawSectionHeadings.append(raw)
      rawSubsectionHeadings.append([])
    case .subsection(let number, let title, let open, let close):
      votes.openParenthesis[open, default: 0] += 1
      votes.closeParenthesis[close, default: 0] += 1
      sections[sections.count - 1].subsections.append(
        ReportSubsection(number: number, title: title))
      rawSubsectionHeadings[rawSubsectionHeadings.count - 1].append(raw)
    case .taskHeading(let number, let separator, let text):
      startTask(number: number, separator: separator, text: text, index: index, raw: raw)
    default:
      break
    }
  }

  private mutating func startTask(
    number: Int, separator: String, text: String, index: Int, raw: String
  ) {
    votes.numberSeparator[separator, default: 0] += 1
    highestTaskNumber = max(highestTaskNumber, number)
    if let first = seenNumbers[number] {
      diagnostics.append(
        .error(
          location(index), "task number \(number) appears twice",
          notes: ["the first task \(number) is at line \(first + 1); renumber one of them"]))
    } else {
      seenNumbers[number] = index
    }
    guard let section = sections.last else {
      diagnostics.append(
        .error(
          location(index), "task \(number) comes before any section heading",
          notes: ["add a section heading such as `一、标题` above it"]))
      current = nil
      return
    }
    let task = KeyTask(
      number: number, section: section.number, subsection: section.subsections.last?.number,
      text: text.trimmedSpace, units: [], status: "", narrative: "",
      location: location(index))
    current = TaskDraft(task: task, headingLine: index, rawHeading: raw, separator: separator)
  }
}
