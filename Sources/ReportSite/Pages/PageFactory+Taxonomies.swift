import ReportModel

extension PageFactory {
  func unitIndexJob() -> RenderJob {
    let path = SitePaths.units
    let root = pageRoot(path)
    let units = index.units.map { unit in
      let counts = index.counts(unit.all)
      return UnitSummary(
        name: unit.name, href: root + SitePaths.unit(unit.slug), led: unit.led.count,
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
    index.units.map { unit in
      let path = SitePaths.unit(unit.slug)
      let root = pageRoot(path)
      let page = UnitPage(
        chrome: chrome(path: path, title: unit.name, nav: .units),
        breadcrumbs: [
          homeCrumb(root), Crumb(label: "责任单位", href: root + SitePaths.units),
          Crumb(label: unit.name, href: nil),
        ],
        name: unit.name,
        aliases: unit.aliases.isEmpty ? nil : unit.aliases.joined(separator: "、"),
        progress: ProgressSummary(
          id: "unit", caption: "\(unit.name)任务进度", counts: index.counts(unit.all), root: root),
        ledCount: unit.led.count, sharedCount: unit.shared.count,
        led: unit.led.map { row($0, root: root) }, shared: unit.shared.map { row($0, root: root) },
        trend: isArchive
          ? nil
          : TrendChart(
            id: "trend-unit", caption: "\(unit.name)历次督查完成率",
            progress: context.unitTrends[unit.name] ?? []))
      return RenderJob(path: prefix + path, template: "unit", model: page)
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
    StatusCategory.allCases.map { category in
      let path = SitePaths.status(category)
      let root = pageRoot(path)
      let tasks = index.tasksByCategory[category] ?? []
      let page = StatusPage(
        chrome: chrome(path: path, title: category.displayName, nav: .statuses),
        breadcrumbs: [
          homeCrumb(root), Crumb(label: "进度分类", href: root + SitePaths.statuses),
          Crumb(label: category.displayName, href: nil),
        ],
        heading: category.displayName, badge: StatusBadge(category: category),
        count: tasks.count, percent: StatusCounts.percent(tasks.count, of: index.tasks.count),
        tasks: tasks.map { row($0, root: root) })
      return RenderJob(path: prefix + path, template: "status", model: page)
    }
  }
}
