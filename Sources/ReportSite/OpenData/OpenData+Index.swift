import Foundation
import ReportModel

extension OpenData {
  /// The open data of `context`'s report, with its pages' URLs relative to the folder of the
  /// file (the report's folder, unless `pages` names it from elsewhere: `2021/`) and the
  /// units' pages relative to the site root by way of `site` (`../` from a report's folder).
  /// Without `withTasks`, ``tasks`` is left empty (see ``OpenDataFiles``, which writes them
  /// from ``OpenDataRow``s).
  init(_ context: SiteContext, pages: String = "", site: String = "../", withTasks: Bool = true) {
    let index = context.latest
    let statuses = index.config.statuses
    func status(_ written: String) -> Status {
      Status(
        label: written,
        category: (statuses.definition(for: written)?.category ?? .inProgress).rawValue)
    }
    title = index.config.title
    publisher = index.config.publisher
    round = index.round.id.rawValue
    rounds = index.rounds.map { round in
      Round(
        id: round.id.rawValue, date: round.date,
        metadata: round.metadata.map { Metadata(key: $0.key, value: $0.value) })
    }
    sections = index.round.sections.map { section in
      Section(
        number: section.number, title: section.title,
        subsections: section.subsections.map { Subsection(number: $0.number, title: $0.title) })
    }
    units = index.units.map {
      Unit(name: $0.name, slug: $0.slug, aliases: $0.aliases, url: site + SitePaths.unit($0.slug))
    }
    tasks = withTasks ? index.tasks.indices.map { Self.task(context, at: $0, pages: pages) } : []
    changes = (context.comparisons.last?.changes ?? []).map { change in
      Change(
        number: change.number, kind: change.kind.rawValue,
        before: change.before.map { status($0.status) },
        after: change.after.map { status($0.status) })
    }
  }

  /// The open data of the latest round's task at `position` of `context`'s index, its page and
  /// badge relative to the file's folder by way of `pages` (see ``init(_:pages:site:)``).
  static func task(_ context: SiteContext, at position: Int, pages: String = "") -> Task {
    let index = context.latest
    let task = index.tasks[position]
    let statuses = index.config.statuses
    func status(_ written: String) -> Status {
      Status(
        label: written,
        category: (statuses.definition(for: written)?.category ?? .inProgress).rawValue)
    }
    let deadline = context.deadlines.deadline(of: task.number, in: index.round.id)
    return Task(
      number: task.number, section: task.task.section, subsection: task.task.subsection,
      text: task.task.text, units: task.units, unitsAsWritten: task.task.units,
      status: Status(label: task.task.status, category: task.category.rawValue),
      narrative: task.task.narrative, url: pages + SitePaths.task(task.number),
      badge: pages + SitePaths.badge(task.number),
      history: context.history.entries(of: task.number) { round, _, then, _ in
        HistoryItem(round: round.rawValue, status: status(then.status), narrative: then.narrative)
      }.reversed(),
      due: deadline?.due.description, overdue: deadline?.isOverdue ?? false,
      roles: task.units.indices.map { $0 < task.leadCount ? "lead" : "co" },
      leaders: task.task.leaders, dueAsWritten: task.task.dueAsWritten, note: task.task.note,
      period: task.task.narrativePeriod,
      earlierPeriods: task.task.earlierPeriods.map {
        Period(period: $0.period, narrative: $0.narrative)
      })
  }
}
