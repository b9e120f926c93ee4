import ReportModel

/// Turns the site index into view models, one ``RenderJob`` per file.
struct PageFactory: Sendable {
  let index: SiteIndex
  /// Each task's narrative rendered from Markdown, parallel to ``SiteIndex/tasks``.
  let narratives: RoundNarratives
  let introHTML: String?
  /// Where this round's pages live in the report's folder: `""` for the latest round,
  /// `rounds/<id>/` for an earlier one.
  let prefix: String
  /// The report's folder in the site, `2021/`: every path of ``jobs()`` is in it.
  var reportPrefix: String { context.reportPrefix }
  let context: SiteContext
  /// Each task as a row of a list one folder below the round's home page (`root` `../`), the
  /// way most lists show it; made once and shared by the lists.
  private(set) var rows: [TaskRow] = []
  /// The navigation of a page one folder below the round's home page, by the item it marks.
  private var navs: [NavTarget: [NavItem]] = [:]
  /// The footer's identity block and the theme's params, the same on every page.
  private let identity: IdentityFooter?
  private let params: [ThemeParam]
  /// The description of a page that has none of its own: the round's overall progress.
  let siteDescription: String
  /// What the government meta tags say of the site.
  let portalIdentity: PortalIdentity
  /// The report's own 发布机构, or site.yml's publisher when the report names none; found once,
  /// as every page's chrome names it.
  let reportPublisher: String
  /// Without a session, the old site's search index of this round, when a build may keep
  /// some of its files (see ``OldSearchFiles``), found when the index is made.
  var oldSearch: (@Sendable () -> OldSearchFiles?)? = nil

  init(
    index: SiteIndex, narratives: RoundNarratives, introHTML: String?, prefix: String,
    context: SiteContext
  ) {
    self.index = index
    self.narratives = narratives
    self.introHTML = introHTML
    self.prefix = prefix
    self.context = context
    identity = IdentityFooter(index.config.identity)
    params = index.config.params.map { ThemeParam(key: $0.key, value: $0.value) }
    let counts = index.counts(Array(index.tasks.indices))
    siteDescription =
      "\(index.config.title)：共 \(counts.total) 项任务，已完成 \(counts.done) 项，完成率 "
      + StatusCounts.percent(counts.done, of: counts.total)
      + (index.date.map { "（截至 \($0)）。" } ?? "。")
    reportPublisher =
      index.round.metadataValue("发布机构").flatMap { $0.trimmedSpace.isEmpty ? nil : $0 }
      ?? index.config.publisher
    portalIdentity = PortalIdentity(
      siteName: index.config.title, baseURL: index.config.baseURL,
      siteIDCode: index.config.identity[.siteCode])
    for target in [NavTarget.home, .tasks, .units, .statuses, .none] {
      navs[target] = navItems(root: Self.listRoot, current: target)
    }
  }

  /// The way from a list page to the round's pages.
  static let listRoot = "../"

  /// The factory with ``rows`` made, from `rows` (see ``makeRow(_:root:)``).
  func with(rows: [TaskRow]) -> PageFactory {
    var factory = self
    factory.rows = rows
    return factory
  }

  /// Whether these are the pages of an earlier round, kept as published.
  var isArchive: Bool { !prefix.isEmpty }

  /// Every page of the round in a fixed order; for the latest round also the badges, the
  /// 404 page, the rounds and changes pages, the feed and the sitemap.
  func jobs() -> [RenderJob] {
    let parts = jobParts()
    return (parts.lists + parts.tasks + parts.others).flatMap { $0() }
  }

  /// A job maker: the jobs of one part of a round's files.
  typealias Part = @Sendable () -> [RenderJob]

  /// The jobs of ``jobs()`` in parts of similar size that can be made on different cores:
  /// the lists (home, all tasks, sections, units, statuses), the task pages in pieces (see
  /// ``pieces(of:)``), and the rest (badges, 404, rounds, changes, feed, sitemap).
  func jobParts() -> (lists: [Part], tasks: [Part], others: [Part]) {
    let parts = roundParts()
    // Each part holds the report's folder, not the factory: the factory with the lists' rows
    // would keep them (40 MB at 100,000 tasks) until the last part is made.
    let folder = reportPrefix
    func inFolder(_ part: @escaping Part) -> Part { { Self.inFolder(folder, part()) } }
    return (parts.lists.map(inFolder), parts.tasks.map(inFolder), parts.others.map(inFolder))
  }

  /// `jobs`, whose paths are in the round's folder, with paths in the site.
  func inReportFolder(_ jobs: [RenderJob]) -> [RenderJob] { Self.inFolder(reportPrefix, jobs) }

  /// `jobs`, whose paths are in a round's folder, with paths in the site under the report's
  /// `folder`.
  static func inFolder(_ folder: String, _ jobs: [RenderJob]) -> [RenderJob] {
    jobs.map {
      RenderJob(
        path: folder + $0.path, template: $0.template, model: $0.model, keptSize: $0.keptSize,
        inPieces: $0.inPieces, sizeHint: $0.sizeHint)
    }
  }

  /// The parts of ``jobParts()`` with paths in the report's folder.
  private func roundParts() -> (lists: [Part], tasks: [Part], others: [Part]) {
    let factory = self
    let tasks = index.tasks.indices
    var lists: [Part] = [
      { [factory.homeJob(), factory.unitIndexJob(), factory.statusIndexJob()] },
      { factory.taskListJobs() }, { factory.sectionJobs() },
      // The latest round's units have pages at the site's root (``SitePages``).
      { factory.isArchive ? factory.unitJobs() : [] },
      { factory.fullTextJobs() },
      { factory.statusJobs() },
    ]
    lists += searchIndexParts()
    // Only the lists read the rows: the task pages and the others, made up to the end, hold
    // the factory without them, so that the rows are freed once the last list is made.
    let lean = with(rows: [])
    let taskParts: [Part] = Self.pieces(of: tasks).map { range in
      { lean.taskJobs(in: range) }
    }
    guard !isArchive else { return (lists, taskParts, []) }
    // The badges in pieces, like the task pages; then the rounds, changes and feed.
    var others: [Part] = Self.pieces(of: tasks).map { range in
      { lean.badgeJobs(in: range) }
    }
    others.append { lean.roundJobs() }
    return (lists, taskParts, others)
  }

  var pager: Pager { Pager(size: index.config.pageSize) }

  /// A page's title, with its page number from the second page of a list on.
  func pageTitle(_ title: String, _ page: Int) -> String {
    page > 1 ? "\(title)（第 \(page) 页）" : title
  }

  /// The relative way from the page at `path` (within this round) to this round's pages.
  func pageRoot(_ path: String) -> String { SitePaths.root(of: path) }

  /// The relative way from the page at `path` (within this round) to the report's folder.
  func reportRoot(_ path: String) -> String { SitePaths.root(of: prefix + path) }

  /// The relative way from the page at `path` (within this round) to the site root.
  func siteRoot(_ path: String) -> String { SitePaths.root(of: reportPrefix + prefix + path) }

  /// The page of the unit of `slug` from the page at `path`: the site's unit page, or on an
  /// earlier round's pages that round's own.
  func unitHref(_ slug: String, from path: String) -> String {
    (isArchive ? pageRoot(path) : siteRoot(path)) + SitePaths.unit(slug)
  }

  enum NavTarget { case home, tasks, units, statuses, none }

  /// What a page says about itself to portals and sharing, beyond its title.
  struct PageFacts {
    /// The page's column (栏目); by default the navigation item's label.
    var column: String?
    /// The page's own title on a page about one thing.
    var article: String?
    var description: String?
    var keywords: [String] = []
  }

  /// The chrome of the page at `path`; `root` overrides the relative way to the site root.
  func chrome(
    path: String, title: String?, nav: NavTarget, root: String? = nil,
    facts: PageFacts = PageFacts()
  ) -> PageChrome {
    let canonical = index.config.baseURL
    let assetRoot = root ?? siteRoot(path)
    let reportRoot = root.map { $0 + reportPrefix } ?? reportRoot(path)
    let root = root ?? pageRoot(path)
    let site = index.config.title
    let archive =
      isArchive
      ? ArchiveNotice(
        date: index.dateLabel, latestDate: context.latest.dateLabel,
        latestHref: reportRoot + SitePaths.home)
      : nil
    var documentTitle = title.map { $0 + " - " } ?? ""
    if isArchive { documentTitle += "\(index.dateLabel)督查（存档） - " }
    documentTitle += site
    let canonicalURL = canonical.map {
      $0 + reportPrefix + prefix + (path == SitePaths.home ? "" : path)
    }
    let column: String
    switch nav {
    case .home: column = facts.column ?? "首页"
    case .tasks: column = facts.column ?? "全部任务"
    case .units: column = facts.column ?? "责任单位"
    case .statuses: column = facts.column ?? "进度分类"
    case .none: column = facts.column ?? title ?? "首页"
    }
    let portal = PortalMeta(
      siteName: portalIdentity.siteName, siteDomain: portalIdentity.siteDomain,
      siteIDCode: portalIdentity.siteIDCode, columnName: column,
      columnType: portalIdentity.columnType,
      articleTitle: facts.article, pubDate: index.date,
      contentSource: reportPublisher,
      keywords: (facts.keywords + ["政府工作报告", "重点任务", "督查", "落实情况"]).joined(separator: "，"),
      description: facts.description ?? siteDescription,
      shareTitle: title ?? site, shareType: facts.article == nil ? "website" : "article",
      shareURL: canonicalURL, shareImage: index.config.baseURL.map { $0 + "assets/share.png" })
    return PageChrome(
      root: root, assetRoot: assetRoot, reportRoot: reportRoot,
      roundsHref: reportRoot + SitePaths.rounds, frontHref: assetRoot + SitePaths.home,
      documentTitle: documentTitle, siteTitle: site,
      publisher: index.config.publisher, date: index.date,
      canonicalURL: canonicalURL, archive: archive,
      nav: root == Self.listRoot ? navs[nav]! : navItems(root: root, current: nav),
      identity: identity, params: params, portal: portal)
  }

  private func navItems(root: String, current: NavTarget) -> [NavItem] {
    let items: [(String, String, NavTarget)] = [
      ("首页", SitePaths.home, .home), ("全部任务", SitePaths.tasks, .tasks),
      ("责任单位", SitePaths.units, .units), ("进度分类", SitePaths.statuses, .statuses),
    ]
    return items.map { NavItem(label: $0.0, href: root + $0.1, isCurrent: $0.2 == current) }
  }

  func homeCrumb(_ root: String) -> Crumb { Crumb(label: "首页", href: root + SitePaths.home) }

  /// The list row of task `taskIndex` for a page at `root`: the row made beforehand when there
  /// is one, with its link from `root` (only the link depends on where the page is).
  func row(_ taskIndex: Int, root: String) -> TaskRow {
    guard !rows.isEmpty else { return makeRow(taskIndex, root: root) }
    let row = rows[taskIndex]
    return root == Self.listRoot
      ? row : row.with(href: root + SitePaths.task(index.tasks[taskIndex].number))
  }

  /// A task as a row of a list on a page whose way to the root is `root`, made now.
  func makeRow(_ taskIndex: Int, root: String) -> TaskRow {
    let task = index.tasks[taskIndex]
    let slugs = index.unitPlaces(ofTask: taskIndex).map { index.units[$0].slug }
    return TaskRow(
      number: task.number, text: task.task.text, href: root + SitePaths.task(task.number),
      lead: task.leads, partners: task.partners,
      badge: StatusBadge(task.status), filterStatus: task.category.rawValue,
      filterSection: task.task.section, filterUnits: slugs.joined(separator: " "),
      overdue: context.deadlines.deadline(of: task.number, in: index.round.id)?.isOverdue ?? false)
  }

  func sectionLabel(_ section: ReportSection) -> String { "\(section.numeral)、\(section.title)" }

  func subsectionLabel(_ subsection: ReportSubsection) -> String {
    "（\(subsection.numeral)）\(subsection.title)"
  }

  private func homeJob() -> RenderJob {
    let path = SitePaths.home
    let root = pageRoot(path)
    let round = index.round
    let sections = round.sections.map { section in
      let counts = index.counts(index.tasksBySection[section.number] ?? [])
      return SectionSummary(
        numeral: section.numeral, title: section.title,
        href: root + SitePaths.section(section.number),
        total: counts.total, hasTasks: counts.total > 0, done: counts.done,
        donePercent: StatusCounts.percent(counts.done, of: counts.total))
    }
    let overdue = index.tasks.indices.filter {
      context.deadlines.deadline(of: index.tasks[$0].number, in: round.id)?.isOverdue ?? false
    }.map { row($0, root: root) }
    let page = HomePage(
      chrome: chrome(path: path, title: nil, nav: .home), heading: index.config.title,
      publisher: index.config.publisher,
      reportPublisher: reportPublisher, date: index.date,
      metadata: round.metadata.map {
        MetadataItem(key: $0.key, value: $0.value, isEmpty: $0.value.trimmedSpace.isEmpty)
      },
      introHTML: introHTML,
      progress: ProgressSummary(
        id: "overall", caption: "各进度任务数", counts: index.counts(Array(index.tasks.indices)),
        root: ""),
      sections: sections, unitCount: index.units.count, taskCount: index.tasks.count,
      trend: isArchive
        ? nil : TrendChart(id: "trend-overall", caption: "历次督查完成率", progress: context.overallTrend),
      overdue: overdue, hasOverdue: !overdue.isEmpty,
      latestChanges: isArchive ? nil : latestChangesLink(root: root),
      roundsHref: isArchive ? nil : root + SitePaths.rounds, roundCount: context.indexes.count)
    return RenderJob(path: prefix + path, template: "home", model: page)
  }
}
