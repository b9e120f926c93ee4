import ReportModel

/// `rounds/<id>/round.yml`: a round's header, outline and text style; `intro.md` beside it.
enum RoundFile {
  /// The round without its tasks.
  static func read(_ text: String, path: String, id: RoundID, intro: String?) -> (
    Round?, [Diagnostic]
  ) {
    let (document, error) = YAMLNode.parse(text, path: path)
    guard let document else { return (nil, [error!]) }
    var reader = YAMLReader()
    var round = Round(id: id, intro: intro)
    for item in document["metadata"]?.items ?? [] {
      guard let pair = item.pairs?.first, item.pairs?.count == 1 else {
        reader.diagnostics.append(
          .error(item.location, "each metadata item is one `键：值` pair"))
        continue
      }
      let value = pair.value.isNull ? "" : (pair.value.text ?? "")
      for (text, field) in [(pair.key, "header key"), (value, "header value")] {
        if let problem = FieldLength.problem(text, field: field, at: item.location) {
          reader.diagnostics.append(problem)
        }
      }
      round.metadata.append(MetadataEntry(key: pair.key, value: value))
    }
    if let lines = document["headerWrittenAs"] {
      round.headerWrittenAs = reader.strings(lines, "headerWrittenAs", in: document)
    }
    guard let sectionItems = document["sections"]?.items else {
      reader.diagnostics.append(
        .error(document.location, "round.yml lists no sections", notes: ["add `sections:`"]))
      return (nil, reader.diagnostics)
    }
    for item in sectionItems {
      guard let number = reader.integer(item["number"], "number", in: item, required: true),
        let title = reader.line(
          item["title"], "title", in: item, required: true, field: "section title")
      else { continue }
      var section = ReportSection(number: number, title: title)
      section.writtenAs = reader.string(item["writtenAs"], "writtenAs", in: item, required: false)
      for sub in item["subsections"]?.items ?? [] {
        guard let number = reader.integer(sub["number"], "number", in: sub, required: true),
          let title = reader.line(
            sub["title"], "title", in: sub, required: true, field: "subsection title")
        else { continue }
        let writtenAs = reader.string(sub["writtenAs"], "writtenAs", in: sub, required: false)
        section.subsections.append(
          ReportSubsection(number: number, title: title, writtenAs: writtenAs))
      }
      round.sections.append(section)
    }
    if let style = document["style"] {
      var value = TextStyle.standard
      func read(_ key: String, _ keyPath: WritableKeyPath<TextStyle, String>) {
        if let text = reader.string(style[key], key, in: style, required: false) {
          value[keyPath: keyPath] = text
        }
      }
      read("colon", \.colon)
      read("numberSeparator", \.numberSeparator)
      read("openParenthesis", \.openParenthesis)
      read("closeParenthesis", \.closeParenthesis)
      read("unitSeparator", \.unitSeparator)
      read("statusTerminator", \.statusTerminator)
      round.style = value
    }
    return (reader.diagnostics.hasErrors ? nil : round, reader.diagnostics)
  }

  static func text(for round: Round) -> String {
    var out = "# Round \(round.id): the report's header, its outline and how its text is spelt.\n"
    out += "# Tasks are the numbered .md files beside this file; the intro is intro.md.\n"
    out += "metadata:\n"
    for entry in round.metadata {
      out += "  - \(YAMLText.scalar(entry.key)): \(YAMLText.quoted(entry.value))\n"
    }
    out += "sections:\n"
    for section in round.sections {
      out += "  - number: \(section.numeral)\n"
      out += "    title: \(YAMLText.scalar(section.title))\n"
      if let written = section.writtenAs {
        out += "    writtenAs: \(YAMLText.quoted(written))\n"
      }
      if !section.subsections.isEmpty { out += "    subsections:\n" }
      for sub in section.subsections {
        out += "      - number: \(sub.numeral)\n"
        out += "        title: \(YAMLText.scalar(sub.title))\n"
        if let written = sub.writtenAs {
          out += "        writtenAs: \(YAMLText.quoted(written))\n"
        }
      }
    }
    let style = round.style
    out += "# How the report text spells its punctuation; `report-site export` writes it so.\n"
    out += "style:\n"
    out += "  colon: \(YAMLText.quoted(style.colon))\n"
    out += "  numberSeparator: \(YAMLText.quoted(style.numberSeparator))\n"
    out += "  openParenthesis: \(YAMLText.quoted(style.openParenthesis))\n"
    out += "  closeParenthesis: \(YAMLText.quoted(style.closeParenthesis))\n"
    out += "  unitSeparator: \(YAMLText.quoted(style.unitSeparator))\n"
    out += "  statusTerminator: \(YAMLText.quoted(style.statusTerminator))\n"
    if let header = round.headerWrittenAs {
      out += "# The header lines exactly as the report wrote them.\n"
      out += "headerWrittenAs:\n"
      out += header.map { "  - " + YAMLText.quoted($0) + "\n" }.joined()
    }
    return out
  }
}
