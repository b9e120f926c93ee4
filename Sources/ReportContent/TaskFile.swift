import ReportModel

/// `rounds/<id>/<number>.md`: one task, YAML front matter then the narrative in Markdown.
enum TaskFile {
  /// `fast: false` reads the front matter with Yams alone (for tests).
  static func read(_ text: String, path: String, fast: Bool = true) -> (KeyTask?, [Diagnostic]) {
    let fileStart = SourceLocation(path: path, line: 1, column: 1)
    let frontMatterNote = "start the file with a line `---`, the task's fields, then `---`"
    let lines: [String]
    let end: Int
    var body: String
    if let split = splitAtFrontMatter(text) {
      (lines, end, body) = (split.lines, split.lines.count - 1, split.body)
    } else {
      var all = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      if all.first?.hasPrefix("\u{FEFF}") == true { all[0].removeFirst() }
      all = all.map { $0.hasSuffix("\r") ? String($0.dropLast()) : $0 }
      guard all.first.map({ $0.trimmedSpace == "---" }) == true else {
        return (nil, [.error(fileStart, "no front matter", notes: [frontMatterNote])])
      }
      guard let close = all.indices.dropFirst().first(where: { all[$0].trimmedSpace == "---" })
      else {
        return (
          nil,
          [
            .error(
              fileStart, "front matter is not closed by a line `---`", notes: [frontMatterNote])
          ]
        )
      }
      (lines, end, body) = (all, close, all[(close + 1)...].joined(separator: "\n"))
    }
    // The file ends with a newline that is not part of the narrative.
    if body.hasSuffix("\n") { body.removeLast() }
    // The front matter as report-site writes it is read without Yams; anything else, and any
    // problem, goes through Yams and its diagnostics.
    if fast,
      let task = TaskFrontMatter.task(
        lines[1..<end], path: path, narrative: body, location: fileStart)
    {
      return (task, [])
    }
    let yaml = lines[1..<end].joined(separator: "\n")
    let (document, error) = YAMLNode.parse(yaml, path: path, lineOffset: 1)
    guard let document else { return (nil, [error!]) }
    guard document.pairs != nil else {
      return (
        nil, [.error(fileStart, "front matter must be a map of fields", notes: [frontMatterNote])]
      )
    }
    var reader = YAMLReader()
    let number = reader.integer(document["number"], "number", in: document, required: true)
    let section = reader.integer(document["section"], "section", in: document, required: true)
    let subsection = reader.integer(
      document["subsection"], "subsection", in: document, required: false)
    let taskText = reader.string(document["task"], "task", in: document, required: true)
    let units = reader.strings(document["units"], "units", in: document)
    let status = reader.string(document["status"], "status", in: document, required: true)
    let due = reader.string(document["due"], "due", in: document, required: false)
    if let due, ISODate(due.trimmedSpace) == nil {
      reader.diagnostics.append(
        .error(
          document["due"]!.location, "due date \"\(due)\" is not a date",
          notes: ["write it as YYYY-MM-DD, e.g. due: 2020-12-31"]))
    }
    var spelling = TaskSpelling()
    if let written = document["writtenAs"] {
      spelling.heading = reader.string(written["heading"], "heading", in: written, required: false)
      spelling.units = reader.string(written["units"], "units", in: written, required: false)
      spelling.status = reader.string(written["status"], "status", in: written, required: false)
    }
    guard let number, let section, let taskText, let units, let status else {
      return (nil, reader.diagnostics)
    }
    var task = KeyTask(
      number: number, section: section, subsection: subsection, text: taskText, units: units,
      status: status, narrative: body, due: due?.trimmedSpace, writtenAs: spelling,
      location: fileStart)
    for field in TaskField.allCases {
      if let node = document[field.rawValue] { task.fieldLocations[field] = node.location }
    }
    task.unitLocations = (document["units"]?.items ?? []).map { $0.location }
    return (reader.diagnostics.hasErrors ? nil : task, reader.diagnostics)
  }

  /// The lines of `text` up to and including the line `---` that closes its front matter, and
  /// the text after that line, as the general path above makes them, without splitting the
  /// narrative into lines: nil for text with a carriage return (a `\r\n` is one character, so
  /// the lines differ) or without a closed front matter, which take the general path.
  private static func splitAtFrontMatter(_ text: String) -> (lines: [String], body: String)? {
    let utf8 = text.utf8
    guard !utf8.contains(UInt8(ascii: "\r")) else { return nil }
    var lines: [String] = []
    var start = utf8.startIndex
    while true {
      let newline = utf8[start...].firstIndex(of: UInt8(ascii: "\n"))
      var line = String(text[start..<(newline ?? utf8.endIndex)])
      if lines.isEmpty, line.hasPrefix("\u{FEFF}") { line.removeFirst() }
      let isMarker = line.trimmedSpace == "---"
      if lines.isEmpty, !isMarker { return nil }
      lines.append(line)
      if isMarker, lines.count > 1 {
        return (lines, newline.map { String(text[utf8.index(after: $0)...]) } ?? "")
      }
      guard let newline else { return nil }
      start = utf8.index(after: newline)
    }
  }

  static func text(for task: KeyTask, sectionNumeral: String, subsectionNumeral: String?) -> String
  {
    var out = "---\n"
    out += "number: \(task.number)\n"
    out += "section: \(sectionNumeral)\n"
    if let subsectionNumeral { out += "subsection: \(subsectionNumeral)\n" }
    out += "task: \(YAMLText.scalar(task.text))\n"
    out += "units:\n" + YAMLText.list(task.units, indent: "  ")
    out += "status: \(YAMLText.scalar(task.status))\n"
    if let due = task.due { out += "due: \(YAMLText.quoted(due))\n" }
    if !task.writtenAs.isEmpty {
      out += "# The report's own spelling of these lines, kept for `report-site export`.\n"
      out += "writtenAs:\n"
      if let heading = task.writtenAs.heading { out += "  heading: \(YAMLText.quoted(heading))\n" }
      if let units = task.writtenAs.units { out += "  units: \(YAMLText.quoted(units))\n" }
      if let status = task.writtenAs.status { out += "  status: \(YAMLText.quoted(status))\n" }
    }
    out += "---\n"
    return out + task.narrative + "\n"
  }
}
