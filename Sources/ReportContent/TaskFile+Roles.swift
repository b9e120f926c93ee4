import ReportModel

/// The fields of a task file beyond its number, place, text, units and status: unit roles and
/// markers, leaders, the deadline as written, a note and narratives of earlier periods.
extension TaskFile {
  /// `roles:`, `unitMarkers:` and `leaders:`, written after `units:` when the task has them.
  static func rolesText(for task: KeyTask) -> String {
    var out = ""
    if task.statesRoles {
      out += "roles:\n" + YAMLText.list(task.unitRoles.map(\.rawValue), indent: "  ")
    }
    if task.unitMarkers.contains(where: { !$0.isEmpty }) {
      out += "unitMarkers:\n" + YAMLText.list(task.unitMarkers, indent: "  ")
    }
    if !task.leaders.isEmpty { out += "leaders:\n" + YAMLText.list(task.leaders, indent: "  ") }
    return out
  }

  /// `dueAsWritten:`, `note:`, `period:` and `earlierPeriods:`, written after `due:`.
  static func periodsText(for task: KeyTask) -> String {
    var out = ""
    if let written = task.dueAsWritten { out += "dueAsWritten: \(YAMLText.scalar(written))\n" }
    if let note = task.note { out += "note: \(YAMLText.scalar(note))\n" }
    if let period = task.narrativePeriod { out += "period: \(YAMLText.scalar(period))\n" }
    if !task.earlierPeriods.isEmpty {
      out += "earlierPeriods:\n"
      for earlier in task.earlierPeriods {
        out += "  - period: \(YAMLText.scalar(earlier.period))\n"
        out += "    narrative: \(YAMLText.scalar(earlier.narrative))\n"
      }
    }
    return out
  }

  /// Reads the fields above from a front matter read by Yams.
  static func readRoles(_ document: YAMLNode, into task: inout KeyTask, reader: inout YAMLReader) {
    if let node = document["roles"], let written = reader.strings(node, "roles", in: document) {
      var roles: [UnitRole] = []
      for (offset, text) in written.enumerated() {
        guard let role = UnitRole(rawValue: text.trimmedSpace) else {
          reader.diagnostics.append(
            .error(
              node.items?[offset].location ?? node.location, "unknown unit role \"\(text)\"",
              notes: ["use one of: " + UnitRole.allCases.map(\.rawValue).joined(separator: ", ")]))
          continue
        }
        roles.append(role)
      }
      if written.count != task.units.count {
        reader.diagnostics.append(
          .error(
            node.location,
            "`roles` lists \(written.count) roles for \(task.units.count) units",
            notes: ["give one role (lead, co or unstated) per unit, in the order of `units`"]))
      }
      task.unitRoles = roles
    }
    if let node = document["unitMarkers"],
      let markers = reader.strings(node, "unitMarkers", in: document)
    {
      if markers.count != task.units.count {
        reader.diagnostics.append(
          .error(
            node.location,
            "`unitMarkers` lists \(markers.count) markers for \(task.units.count) units",
            notes: ["give one marker per unit, in the order of `units`, \"\" for none"]))
      }
      task.unitMarkers = markers
    }
    if let node = document["leaders"] {
      task.leaders = reader.strings(node, "leaders", in: document) ?? []
    }
    task.dueAsWritten = reader.string(
      document["dueAsWritten"], "dueAsWritten", in: document, required: false)
    task.note = reader.string(document["note"], "note", in: document, required: false)
    task.narrativePeriod = reader.string(
      document["period"], "period", in: document, required: false)
    guard let node = document["earlierPeriods"] else { return }
    guard let items = node.items else {
      reader.diagnostics.append(
        .error(
          node.location, "`earlierPeriods` must be a list",
          notes: ["write `- period: 1-10月` then `  narrative: …` for each"]))
      return
    }
    for item in items {
      guard let period = reader.string(item["period"], "period", in: item, required: true),
        let narrative = reader.string(item["narrative"], "narrative", in: item, required: true)
      else { continue }
      task.earlierPeriods.append(PeriodNarrative(period: period, narrative: narrative))
    }
  }
}
