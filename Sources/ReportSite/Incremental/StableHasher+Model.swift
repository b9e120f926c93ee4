import ReportModel
import SiteOutput

/// The report's values fed to a ``StableHasher`` field by field, for the pages' input digests
/// (see ``PageInputs``). Every stored field that a page could show is fed, whether or not a
/// page shows it today: a digest that reads too much only re-renders a page for nothing, one
/// that reads too little leaves a stale page. `IncrementalBuildTests` counts the fields of
/// each type, so that a new field is not forgotten here.
extension StableHasher {
  mutating func combine(optional text: String?) {
    if let text {
      combine(1)
      combine(text)
    } else {
      combine(0)
    }
  }

  mutating func combine(_ texts: [String]) {
    combine(texts.count)
    for text in texts { combine(text) }
  }

  /// A task without its narratives (see ``combine(narrativesOf:)``) and without its status
  /// (see ``combine(statusOf:)``).
  mutating func combine(structureOf task: KeyTask) {
    combine(task.number)
    combine(task.section)
    combine(task.subsection ?? -1)
    combine(task.text)
    combine(task.units)
    combine(task.unitRoles.map(\.rawValue))
    combine(task.unitMarkers)
    combine(task.leaders)
    combine(optional: task.due)
    combine(optional: task.dueAsWritten)
    combine(optional: task.note)
    combine(optional: task.writtenAs.heading)
    combine(optional: task.writtenAs.units)
  }

  /// A task's status, and the status as written.
  mutating func combine(statusOf task: KeyTask) {
    combine(task.status)
    combine(optional: task.writtenAs.status)
  }

  /// A task's narratives: this round's, its period and the earlier periods'.
  mutating func combine(narrativesOf task: KeyTask) {
    combine(task.narrative)
    combine(optional: task.narrativePeriod)
    combine(task.earlierPeriods.count)
    for period in task.earlierPeriods {
      combine(period.period)
      combine(period.narrative)
    }
  }

  /// A round without its tasks.
  mutating func combine(structureOf round: Round) {
    combine(round.id.rawValue)
    combine(round.metadata.count)
    for entry in round.metadata {
      combine(entry.key)
      combine(entry.value)
    }
    combine(round.headerWrittenAs?.count ?? -1)
    for line in round.headerWrittenAs ?? [] { combine(line) }
    combine(optional: round.intro)
    combine(round.sections.count)
    for section in round.sections {
      combine(section.number)
      combine(section.title)
      combine(optional: section.writtenAs)
      combine(section.subsections.count)
      for subsection in section.subsections {
        combine(subsection.number)
        combine(subsection.title)
        combine(optional: subsection.writtenAs)
      }
    }
    let style = round.style
    combine([
      style.colon, style.numberSeparator, style.openParenthesis, style.closeParenthesis,
      style.unitSeparator, style.statusTerminator,
    ])
    let published = round.publishedUnitNames.sorted { $0.key < $1.key }
    combine(published.count)
    for (written, name) in published {
      combine(written)
      combine(name)
    }
    combine(round.tasks.count)
  }

  /// Everything of site.yml.
  mutating func combine(_ config: SiteConfig) {
    combine(config.title)
    combine(config.publisher)
    combine(optional: config.baseURL)
    combine(config.pageSize)
    combine(config.statuses.definitions.count)
    for status in config.statuses.definitions {
      combine(status.label)
      combine(status.category.rawValue)
      combine(status.display)
    }
    combine(config.units.units.count)
    for unit in config.units.units {
      combine(unit.name)
      combine(unit.aliases)
      combine(optional: unit.slug)
      combine(unit.formerSlugs)
    }
    combine(config.labels.labels.count)
    for label in config.labels.labels {
      combine(label.label)
      combine(label.field.rawValue)
    }
    for entry in SiteIdentity.Entry.allCases {
      combine(optional: config.identity[entry])
    }
    combine(config.params.count)
    for param in config.params {
      combine(param.key)
      combine(param.value)
    }
  }
}
