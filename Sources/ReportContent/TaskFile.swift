import ReportModel

/// `rounds/<id>/<number>.md`: one task, YAML front matter then the narrative in Markdown.
enum TaskFile {
  /// `fast: false` reads the front matter with Yams alone (for tests).
  static func read(_ text: String, path: String, fast: Bool = true) -> (KeyTask?, [Diagnostic]) {
    // CRLF line ends read as LF (in Swift, "\r\n" is one character, never split at "\n").
    let text = ContentText.withoutCarriageReturns(text)
    let fileStart = SourceLocation(path: path, line: 1, column: 1)
    // A file as report-site writes it is read from its bytes, without Yams.
    if fast, let task = readFast(text, path: path, location: fileStart) { return (task, []) }
    let frontMatterNote = "start the file with a line `---`, the task's fields, then `---`"
    var all = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if all.first?.hasPrefix("\u{FEFF}") == true { all[0].removeFirst() }
    guard all.first.map({ $0.trimmedSpace == "---" }) == true else {
      return (nil, [.error(fileStart, "no front matter", notes: [frontMatterNote])])
    }
    guard let end = all.indices.dropFirst().first(where: { all[$0].trimmedSpace == "---" })
    else {
      return (
        nil,
        [.error(fileStart, "front matter is not closed by a line `---`", notes: [frontMatterNote])]
      )
    }
    var body = all[(end + 1)...].joined(separator: "\n")
    // The file ends with a newline that is not part of the narrative.
    if body.hasSuffix("\n") { body.removeLast() }
    let yaml = all[1..<end].joined(separator: "\n")
    // The front matter as report-site writes it is read without Yams (here, from a file with
    // carriage returns or a byte order mark); anything else, and any problem, goes through
    // Yams and its diagnostics.
    if fast,
      let task = TaskFrontMatter.task(yaml, path: path, narrative: body, location: fileStart)
    {
      return (task, [])
    }
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
    readRoles(document, into: &task, reader: &reader)
    for field in TaskField.allCases {
      if let node = document[field.rawValue] { task.locations[field] = node.location }
    }
    task.unitLocations = (document["units"]?.items ?? []).map { $0.location }
    return (reader.diagnostics.hasErrors ? nil : task, reader.diagnostics)
  }

  /// The task of a file as report-site writes it, read from its bytes: nil for text with a
  /// carriage return (whose lines the general path makes otherwise) or a byte order mark,
  /// without a closed front matter, or that the fast front-matter reader is unsure of.
  private static func readFast(_ text: String, path: String, location: SourceLocation)
    -> KeyTask?
  {
    TextBytes.with(text) { source in
      guard let split = TaskFileSplit(source.bytes) else { return nil }
      let narrative = source.string(UnsafeBufferPointer(rebasing: source.bytes[split.body]))
      return TaskFrontMatter.task(
        source.bytes[split.frontMatter], of: source, path: path, narrative: narrative,
        location: location)
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
    out += rolesText(for: task)
    out += "status: \(YAMLText.scalar(task.status))\n"
    if let due = task.due { out += "due: \(YAMLText.quoted(due))\n" }
    out += periodsText(for: task)
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

/// Where a task file's front matter and narrative are in its UTF-8 bytes, found as
/// ``TaskFile/read(_:path:fast:)`` finds them line by line.
struct TaskFileSplit {
  /// The lines between the `---` lines, without the newline after the last.
  var frontMatter: Range<Int>
  /// The text after the closing `---` line, without the file's final newline.
  var body: Range<Int>

  /// Nil for text with a carriage return or a byte order mark, or without a closed front
  /// matter.
  init?(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard UTF8Bytes.index(of: UInt8(ascii: "\r"), in: bytes, from: 0) == nil,
      !bytes.starts(with: [0xEF, 0xBB, 0xBF]),
      let firstEnd = UTF8Bytes.index(of: UInt8(ascii: "\n"), in: bytes, from: 0),
      Self.isMarker(UnsafeBufferPointer(rebasing: bytes[..<firstEnd]))
    else { return nil }
    var lineStart = firstEnd + 1
    while true {
      let lineEnd = UTF8Bytes.index(of: UInt8(ascii: "\n"), in: bytes, from: lineStart)
      if Self.isMarker(UnsafeBufferPointer(rebasing: bytes[lineStart..<(lineEnd ?? bytes.count)])) {
        frontMatter = (firstEnd + 1)..<max(firstEnd + 1, lineStart - 1)
        let bodyStart = lineEnd.map { $0 + 1 } ?? bytes.count
        var bodyEnd = bytes.count
        if bodyEnd > bodyStart, bytes[bodyEnd - 1] == UInt8(ascii: "\n") { bodyEnd -= 1 }
        body = bodyStart..<bodyEnd
        return
      }
      guard let lineEnd else { return nil }
      lineStart = lineEnd + 1
    }
  }

  /// Whether a line is `---` once trimmed of spaces (``Swift/String/trimmedSpace``).
  private static func isMarker(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
    if line.elementsEqual("---".utf8) { return true }
    // Only dashes, spaces, tabs and ideographic spaces (E3 80 80) can trim to `---`.
    guard line.count > 3,
      line.allSatisfy({
        switch $0 {
        case UInt8(ascii: "-"), UInt8(ascii: " "), UInt8(ascii: "\t"), 0xE3, 0x80: true
        default: false
        }
      })
    else { return false }
    return String(decoding: line, as: UTF8.self).trimmedSpace == "---"
  }
}
