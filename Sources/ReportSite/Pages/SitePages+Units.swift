import ReportModel

extension SitePages {
  /// A unit of the reports' latest rounds (see ``units()``).
  typealias SiteUnit = (name: String, slug: String, aliases: [String], entries: [(Int, UnitEntry)])

  /// A row of a unit's page: the group (a report, newest first), whether the unit leads the
  /// task, and the task's index in its report's latest round.
  typealias UnitRow = (group: Int, led: Bool, task: Int)

  /// Each unit's page at the root: its tasks of every report, newest report first, led then
  /// shared; split into pages of ``SiteConfig/pageSize`` tasks (a report's group goes on
  /// over the next page, with its heading and counts again). The pages come unit after unit,
  /// in parts of whole pages with about ``PageFactory/tasksPerPart`` rows each: a part's view
  /// models live until its last page is written.
  func unitParts() -> [PageStream.Part] {
    let pager = Pager(size: config.pageSize)
    let units = units()
    var parts: [PageStream.Part] = []
    var pages: [(unit: Int, page: Int, count: Int, rows: Range<Int>)] = []
    var rowCount = 0
    func cut() {
      guard !pages.isEmpty else { return }
      let chosen = pages
      parts.append {
        chosen.map { unitJob(units[$0.unit], page: $0.page, of: $0.count, rows: $0.rows) }
      }
      pages = []
      rowCount = 0
    }
    for (position, unit) in units.enumerated() {
      let count = unit.entries.reduce(0) { $0 + $1.1.led.count + $1.1.shared.count }
      let ranges = pager.ranges(count)
      for (page, range) in ranges.enumerated() {
        pages.append((position, page, ranges.count, range))
        rowCount += range.count
        if rowCount >= PageFactory.tasksPerPart { cut() }
      }
    }
    cut()
    return parts
  }

  /// Page `offset` (from 0) of `count` of the unit's page list, with its rows `range`.
  private func unitJob(_ unit: SiteUnit, page offset: Int, of count: Int, rows range: Range<Int>)
    -> RenderJob
  {
    let list = SitePaths.unit(unit.slug)
    let groups = Array(unit.entries.reversed())
    let led = unit.entries.map(\.1.led.count).reduce(0, +)
    let shared = unit.entries.map(\.1.shared.count).reduce(0, +)
    let path = Pager.path(list, page: offset + 1)
    let root = SitePaths.root(of: path)
    let onPage = Self.rows(range, of: groups)
    let shown = groups.indices.filter { group in
      onPage.contains { $0.group == group } || (offset == 0 && onPage.isEmpty)
    }
    let pageGroups = shown.map { group -> UnitReportGroup in
      let (position, entry) = groups[group]
      let factory = reports[position]
      let counts = factory.index.counts(entry.all)
      let rows = root + factory.reportPrefix
      let ledRows = onPage.filter { $0.group == group && $0.led }.map {
        factory.row($0.task, root: rows)
      }
      let sharedRows = onPage.filter { $0.group == group && !$0.led }.map {
        factory.row($0.task, root: rows)
      }
      return UnitReportGroup(
        headingID: "h-" + factory.context.report.id.rawValue,
        title: factory.index.config.title, href: rows + SitePaths.home,
        date: factory.index.date, total: counts.total, done: counts.done,
        donePercent: StatusCounts.percent(counts.done, of: counts.total),
        ledCount: entry.led.count, sharedCount: entry.shared.count,
        led: ledRows, shared: sharedRows, hasLed: !ledRows.isEmpty,
        hasShared: !sharedRows.isEmpty)
    }
    let title = offset == 0 ? unit.name : "\(unit.name)（第 \(offset + 1) 页）"
    let page = SiteUnitPage(
      chrome: chrome(
        path: path, title: title, current: SitePaths.units,
        description: "\(unit.name)牵头 \(led) 项、参与 \(shared) 项《政府工作报告》重点任务的落实情况。"),
      breadcrumbs: [
        Crumb(label: "首页", href: root + SitePaths.home),
        Crumb(label: "责任单位", href: root + SitePaths.units), Crumb(label: unit.name, href: nil),
      ],
      name: unit.name,
      aliases: unit.aliases.isEmpty ? nil : unit.aliases.joined(separator: "、"),
      groups: pageGroups,
      pagination: Pager.nav(path: list, page: offset + 1, count: count, root: root))
    return RenderJob(path: path, template: "site-unit", model: page)
  }

  /// Rows `range` of the rows of `groups` in order, each group's led tasks then its shared
  /// ones; made in time linear in the groups and the range, not in the unit's tasks.
  static func rows(_ range: Range<Int>, of groups: [(Int, UnitEntry)]) -> [UnitRow] {
    var rows: [UnitRow] = []
    rows.reserveCapacity(range.count)
    var start = 0
    for (group, (_, entry)) in groups.enumerated() {
      for (led, tasks) in [(true, entry.led), (false, entry.shared)] {
        let lower = max(range.lowerBound, start)
        let upper = min(range.upperBound, start + tasks.count)
        if lower < upper {
          rows += tasks[(lower - start)..<(upper - start)].map { (group, led, $0) }
        }
        start += tasks.count
      }
      if start >= range.upperBound { break }
    }
    return rows
  }
}
