import ReportModel

extension PageFactory {
  func unitIndexJob() -> RenderJob {
    let path = SitePaths.units
    let root = pageRoot(path)
    let units = index.units.map { unit in
      let counts = index.counts(unit.all)
      return UnitSummary(
        name: unit.name, href: unitHref(unit.slug, from: path), led: unit.led.count,
        shared: unit.shared.count, total: counts.total, done: counts.done,
        donePercent: StatusCounts.percent(counts.done, of: counts.total),
        change: isArchive ? nil : context.completionChange(context.unitTrends[unit.name]))
    }
    let page = UnitIndexPage(
      chrome: chrome(path: path, title: "责任单位", nav: .units),
      breadcrumbs: [homeCrumb(root), Crumb(label: "责任单位", href: nil)], units: units)
    return RenderJob(path: prefix + path, template: "units-index", model: page)
  }

  func unitJobs() -> [RenderJob] {
    index.units.flatMap { unit in
      let list = SitePaths.unit(unit.slug)
      let ranges = pager.ranges(unit.led.count + unit.shared.count)
      return ranges.enumerated().map { offset, range in
        let path = Pager.path(list, page: offset + 1)
        let root = pageRoot(path)
        // The page's part of the led tasks, then of the shared ones.
        let led = unit.led[
          min(range.lowerBound, unit.led.count)..<min(range.upperBound, unit.led.count)]
        let sharedRange =
          max(0, range.lowerBound - unit.led.count)..<max(0, range.upperBound - unit.led.count)
        let shared = unit.shared[sharedRange]
        let page = UnitPage(
          chrome: chrome(
            path: path, title: pageTitle(unit.name, offset + 1), nav: .units,
            facts: PageFacts(
              description: "\(unit.name)牵头 \(unit.led.count) 项、参与 \(unit.shared.count) 项"
                + "《政府工作报告》重点任务的落实情况。",
              keywords: [unit.name] + unit.aliases)),
          breadcrumbs: [
            homeCrumb(root), Crumb(label: "责任单位", href: root + SitePaths.units),
            Crumb(label: unit.name, href: nil),
          ],
          name: unit.name,
          aliases: unit.aliases.isEmpty ? nil : unit.aliases.joined(separator: "、"),
          progress: ProgressSummary(
            id: "unit", caption: "\(unit.name)任务进度", counts: index.counts(unit.all), root: root),
          ledCount: unit.led.count, sharedCount: unit.shared.count,
          led: led.map { row($0, root: root) }, shared: shared.map { row($0, root: root) },
          showLed: !led.isEmpty || (offset == 0 && unit.led.isEmpty),
          showShared: !shared.isEmpty || (offset == 0 && unit.shared.isEmpty),
          trend: isArchive
            ? nil
            : TrendChart(
              id: "trend-unit", caption: "\(unit.name)历次督查完成率",
              progress: context.unitTrends[unit.name] ?? []),
          pagination: Pager.nav(path: list, page: offset + 1, count: ranges.count, root: root))
        return RenderJob(path: prefix + path, template: "unit", model: page)
      }
    }
  }

  func statusIndexJob() -> RenderJob {
    let path = SitePaths.statuses
    let root = pageRoot(path)
    let page = StatusIndexPage(
      chrome: chrome(path: path, title: "进度分类", nav: .statuses),
      breadcrumbs: [homeCrumb(root), Crumb(label: "进度分类", href: nil)],
      progress: ProgressSummary(
        id: "status", caption: "各进度分类的任务数",
        counts: index.counts(Array(index.tasks.indices)), root: root))
    return RenderJob(path: prefix + path, template: "status-index", model: page)
  }

  func statusJobs() -> [RenderJob] {
    StatusCategory.allCases.flatMap { category in
      let list = SitePaths.status(category)
      let all = index.tasksByCategory[category] ?? []
      let ranges = pager.ranges(all.count)
      let hrefs = Pager.hrefs(list, count: ranges.count, root: pageRoot(list))
      return ranges.enumerated().map { offset, range in
        let path = Pager.path(list, page: offset + 1)
        let root = pageRoot(path)
        let tasks = Array(all[range])
        let page = StatusPage(
          chrome: chrome(
            path: path, title: pageTitle(category.displayName, offset + 1), nav: .statuses),
          breadcrumbs: [
            homeCrumb(root), Crumb(label: "进度分类", href: root + SitePaths.statuses),
            Crumb(label: category.displayName, href: nil),
          ],
          heading: category.displayName, badge: StatusBadge(category: category),
          count: all.count, percent: StatusCounts.percent(all.count, of: index.tasks.count),
          tasks: tasks.map { row($0, root: root) },
          pagination: Pager.nav(page: offset + 1, hrefs: hrefs))
        return RenderJob(path: prefix + path, template: "status", model: page)
      }
    }
  }
}
