import ReportModel

/// The parser's walk over the lines, one task at a time.
struct ParseState {
  let parser: ReportTextParser
  let path: String
  let lines: [String]
  /// What each line is, read once.
  let kinds: [ReportLine]
  var diagnostics: [Diagnostic] = []

  var metadata: [MetadataEntry] = []
  var headerLines: [String] = []
  var intro: String?
  var sections: [ReportSection] = []
  var rawSectionHeadings: [String] = []
  var rawSubsectionHeadings: [[String]] = []
  /// The tasks read, resolved.
  var tasks: [KeyTask] = []
  /// The line index of each task's heading, parallel to `tasks`.
  var taskLines: [Int] = []
  /// The raw lines of each task, parallel to `tasks`.
  var rawLines: [RawTaskLines] = []
  var seenNumbers: [Int: Int] = [:]
  /// The number of the last task started; nil before the first.
  var lastTaskNumber: Int?
  var pendingBlank = ""
  var current: TaskDraft?
  var votes = StyleVotes()
  /// Each unknown status and the lines it is on, in the order first seen.
  var unknownStatuses: [(status: String, lines: [Int])] = []

  /// Whether any line is a section heading; a report without one is one implicit section.
  let hasSectionHeadings: Bool
  /// The title of the implicit section.
  static let implicitSectionTitle = "重点任务"

  init(parser: ReportTextParser, path: String, lines: [String]) {
    self.parser = parser
    self.path = path
    self.lines = lines
    let labels = parser.labels
    // Each line's kind depends on that line alone: read on every core.
    self.kinds = parallelMap(lines, chunkSize: 1024) { ReportLine($0, labels: labels) }
    self.hasSectionHeadings = kinds.contains {
      if case .section = $0 { return true }
      return false
    }
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
    while index < lines.count {
      read(index)
      index += 1
    }
    finishTask()
    if tasks.isEmpty {
      diagnostics.append(
        .error(
          location(max(0, lines.count - 1)), "no tasks found",
          notes: [
            "a task starts with its number, `1.任务`, under a section heading `一、标题`, "
              + "followed by its label lines (`责任单位:`, `贯彻落实情况:`); see the report "
              + "format in README.md"
          ]))
    }
    checkNumbering()
    reportUnknownStatuses()
  }

  private mutating func readHeader() {
    let header = ReportHeader.parse(headerLines)
    metadata = header.entries
    for colon in header.colons { votes.colon[colon, default: 0] += 1 }
    for stray in header.strayCells {
      diagnostics.append(
        .warning(
          location(stray.line), "header cell \"\(stray.text)\" has no key before it",
          notes: ["write it as `键: | \(stray.text) |`"]))
    }
  }

  /// Whether line `index` starts a section, a subsection or a task. A numbered line starts a
  /// task when a label line follows it (after blank lines) and its number continues the
  /// numbering, or the label is one the task being read already has (a task numbered out of
  /// order: a gap or a repeat, reported as such). Otherwise it is text, with a warning when it
  /// looks like a task.
  private func isStructural(_ index: Int) -> Bool {
    switch kinds[index] {
    case .section(let number, _):
      return number > (sections.last?.number ?? 0)
    case .subsection(let number, _, _, _):
      return !sections.isEmpty && number > (sections.last?.subsections.last?.number ?? 0)
    case .taskHeading(let number, _, _):
      guard let label = labelFollowing(index) else { return false }
      if continuesNumbering(number) { return true }
      guard let draft = current else { return true }
      return draft.has(label.match.field, period: label.match.period)
    default:
      return false
    }
  }

  /// Whether a task numbered `number` would continue the numbering.
  func continuesNumbering(_ number: Int) -> Bool {
    lastTaskNumber.map { number == $0 + 1 } ?? true
  }

  /// The label line of a task field that is the next line that is not blank, if it is one.
  func labelFollowing(_ index: Int) -> LabelLine? {
    var next = index + 1
    while next < kinds.count {
      switch kinds[next] {
      case .blank: next += 1
      case .label(let line):
        return line.match.field != .number && line.match.field != .task ? line : nil
      default: return nil
      }
    }
    return nil
  }

  private mutating func read(_ index: Int) {
    let raw = lines[index]
    let line = kinds[index]
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
    readTaskLine(&draft, line: line, index: index, raw: raw)
    current = draft
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
    lastTaskNumber = number
    if let first = seenNumbers[number] {
      diagnostics.append(
        .error(
          location(index), "task number \(number) appears twice",
          notes: ["the first task \(number) is at line \(first + 1); renumber one of them"]))
    } else {
      seenNumbers[number] = index
    }
    if sections.isEmpty, !hasSectionHeadings {
      // A report without section headings is one section.
      let section = ReportSection(number: 1, title: Self.implicitSectionTitle)
      sections.append(section)
      rawSectionHeadings.append(ReportTextSpelling.sectionHeading(section))
      rawSubsectionHeadings.append([])
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
