import ReportModel

/// Turns the site index into view models, one ``RenderJob`` per file.
struct PageFactory: Sendable {
  let index: SiteIndex
  /// Each task's narrative rendered from Markdown, parallel to ``SiteIndex/tasks``.
  let narratives: [String]
  let introHTML: String?

  /// Every page, badge and sitemap, in a fixed order.
  func jobs() -> [RenderJob] {
    var jobs = [homeJob(), notFoundJob(), taskListJob(), unitIndexJob(), statusIndexJob()]
    jobs += sectionJobs()
    jobs += unitJobs()
    jobs += statusJobs()
    jobs += taskJobs()
    jobs += badgeJobs()
    if let sitemap = sitemapJob() { jobs.append(sitemap) }
    return jobs
  }

  enum NavTarget { case home, tasks, units, statuses, none }

  /// The chrome of the page at `path`; `root` overrides the relative way to the site root.
  func chrome(path: String, title: String?, nav: NavTarget, root: String? = nil) -> PageChrome {
    let canonical = path == SitePaths.notFound ? nil : index.config.baseURL
    let root = root ?? SitePaths.root(of: path)
    let site = index.config.title
    let items: [(String, String, NavTarget)] = [
      ("首页", SitePaths.home, .home), ("全部任务", SitePaths.tasks, .tasks),
      ("责任单位", SitePaths.units, .units), ("进度分类", SitePaths.statuses, .statuses),
    ]
    return PageChrome(
      root: root, documentTitle: title.map { "\($0) - \(site)" } ?? site, siteTitle: site,
      publisher: index.config.publisher, date: index.round.date,
      canonicalURL: canonical.map { $0 + (path == SitePaths.home ? "" : path) },
      nav: items.map { NavItem(label: $0.0, href: root + $0.1, isCurrent: $0.2 == nav) })
  }

  func homeCrumb(_ root: String) -> Crumb { Crumb(label: "首页", href: root + SitePaths.home) }

  /// A task as a row of a list on a page whose way to the root is `root`.
  func row(_ taskIndex: Int, root: String) -> TaskRow {
    let task = index.tasks[taskIndex]
    let slugs = task.units.compactMap { index.unitIndexByName[$0].map { index.units[$0].slug } }
    return TaskRow(
      number: task.number, text: task.task.text, href: root + SitePaths.task(task.number),
      lead: task.units.first,
      partners: task.units.count > 1 ? task.units.dropFirst().joined(separator: "、") : nil,
      badge: StatusBadge(task.status), filterStatus: task.category.rawValue,
      filterSection: task.task.section, filterUnits: slugs.joined(separator: " "))
  }

  func sectionLabel(_ section: ReportSection) -> String { "\(section.numeral)、\(section.title)" }

  func subsectionLabel(_ subsection: ReportSubsection) -> String {
    "(\(subsection.numeral))\(subsection.title)"
  }

  private func homeJob() -> RenderJob {
    let path = SitePaths.home
    let round = index.round
    let sections = round.sections.map { section in
      let counts = index.counts(index.tasksBySection[section.number] ?? [])
      return SectionSummary(
        numeral: section.numeral, title: section.title, href: SitePaths.section(section.number),
        total: counts.total, hasTasks: counts.total > 0, done: counts.done,
        donePercent: StatusCounts.percent(counts.done, of: counts.total))
    }
    let page = HomePage(
      chrome: chrome(path: path, title: nil, nav: .home), heading: index.config.title,
      publisher: index.config.publisher, date: round.date,
      metadata: round.metadata.map {
        MetadataItem(key: $0.key, value: $0.value, isEmpty: $0.value.trimmedSpace.isEmpty)
      },
      introHTML: introHTML,
      progress: ProgressSummary(
        id: "overall", caption: "各进度任务数", counts: index.counts(Array(index.tasks.indices)),
        root: ""),
      sections: sections, unitCount: index.units.count, taskCount: index.tasks.count)
    return RenderJob(path: path, template: "home", model: page)
  }

  private func notFoundJob() -> RenderJob {
    let path = SitePaths.notFound
    let page = NotFoundPage(
      chrome: chrome(path: path, title: "页面未找到", nav: .none, root: index.config.baseURL))
    return RenderJob(path: path, template: "not-found", model: page)
  }

  private func sitemapJob() -> RenderJob? {
    guard let base = index.config.baseURL else { return nil }
    var paths = ["", SitePaths.tasks, SitePaths.units, SitePaths.statuses]
    paths += index.round.sections.map { SitePaths.section($0.number) }
    paths += index.units.map { SitePaths.unit($0.slug) }
    paths += StatusCategory.allCases.map { SitePaths.status($0) }
    paths += index.tasks.map { SitePaths.task($0.number) }
    return RenderJob(
      path: SitePaths.sitemap, template: "sitemap", model: Sitemap(urls: paths.map { base + $0 }))
  }
}
