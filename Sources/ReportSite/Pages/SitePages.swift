import Foundation
import ReportModel

/// The pages of the site's root, over every report: the front page, the units of every report
/// and each unit's page, the 404 page, the sitemap, the redirects of units' former slugs, the
/// root's open data (the latest report's, with the list of reports) and feed (every report's).
struct SitePages: Sendable {
  /// site.yml: its title is the site's.
  let config: SiteConfig
  /// The latest round's factory of each report, in site order (the latest report last).
  let reports: [PageFactory]

  /// The paths of the site's own pages, which a redirect of a migrated report leaves alone.
  func paths() -> Set<String> {
    var paths = Set(SitePaths.siteFixed)
    for unit in units() { paths.insert(SitePaths.unit(unit.slug)) }
    for unit in config.units.units {
      for former in unit.formerSlugs { paths.insert(SitePaths.unit(former)) }
    }
    return paths
  }

  /// Every page of the site's root but the feed (see ``feedJobs()``): they read the reports'
  /// structure, no narrative.
  func jobs() -> [RenderJob] { jobParts().flatMap { $0() } }

  /// Every page of the site's root but the feed in parts, in the order of ``jobs()``: the
  /// units' pages in parts of about ``PageFactory/tasksPerPart`` rows (see ``unitParts()``), so
  /// that their view models are not all in memory at once.
  func jobParts() -> [PageStream.Part] {
    let first: PageStream.Part = { [frontJob(), unitIndexJob(), notFoundJob()] }
    let last: PageStream.Part = {
      var jobs = redirectJobs()
      if let sitemap = sitemapJob() { jobs.append(sitemap) }
      return jobs
    }
    return [first] + unitParts() + [last]
  }

  /// The root's feed, which reads every report's rounds.
  func feedJobs() -> [RenderJob] { [feedJob()] }

  var latest: PageFactory { reports[reports.count - 1] }

  /// The reports listed in the root's data.json, which is the latest report's, its pages
  /// under its folder (see ``OpenDataFiles``). The root's tasks.csv is the latest report's too
  /// (see ``TasksCSV``, with `pages` the latest report's folder).
  func reportLinks() -> [OpenData.ReportLink] {
    reports.map {
      OpenData.ReportLink(
        id: $0.context.report.id.rawValue, title: $0.index.config.title,
        url: $0.reportPrefix + SitePaths.data)
    }
  }

  /// The chrome of a page of the site's root at `path`.
  func chrome(path: String, title: String?, current: String?, description: String? = nil)
    -> PageChrome
  {
    let root = SitePaths.root(of: path)
    let site = config.title
    let canonicalURL = config.baseURL.map { $0 + (path == SitePaths.home ? "" : path) }
    let base = latest.portalIdentity
    let portal = PortalMeta(
      siteName: site, siteDomain: base.siteDomain, siteIDCode: base.siteIDCode,
      columnName: title ?? "首页", columnType: base.columnType, articleTitle: nil,
      pubDate: latest.index.date, contentSource: config.publisher,
      keywords: "政府工作报告，重点任务，督查，落实情况",
      description: description ?? "\(site)：各年度《政府工作报告》重点任务的落实情况。",
      shareTitle: title ?? site, shareType: "website", shareURL: canonicalURL,
      shareImage: config.baseURL.map { $0 + "assets/share.png" })
    let nav = [("首页", SitePaths.home), ("责任单位", SitePaths.units)].map {
      NavItem(label: $0.0, href: root + $0.1, isCurrent: $0.1 == current)
    }
    return PageChrome(
      root: root, assetRoot: root, reportRoot: root, roundsHref: nil,
      frontHref: root + SitePaths.home,
      documentTitle: (title.map { $0 + " - " } ?? "") + site, siteTitle: site,
      publisher: config.publisher, date: latest.index.date, canonicalURL: canonicalURL,
      archive: nil, nav: nav, identity: IdentityFooter(config.identity),
      params: config.params.map { ThemeParam(key: $0.key, value: $0.value) }, portal: portal)
  }

  private func frontJob() -> RenderJob {
    let path = SitePaths.home
    let entries = reports.reversed().map { factory in
      let index = factory.index
      let counts = index.counts(Array(index.tasks.indices))
      return FrontReport(
        id: factory.context.report.id.rawValue, title: index.config.title,
        href: factory.reportPrefix + SitePaths.home, date: index.date,
        roundCount: factory.context.indexes.count, total: counts.total, done: counts.done,
        donePercent: StatusCounts.percent(counts.done, of: counts.total),
        isLatest: factory.reportPrefix == latest.reportPrefix)
    }
    let page = FrontPage(
      chrome: chrome(path: path, title: nil, current: path), heading: config.title,
      publisher: config.publisher, reports: entries, reportCount: entries.count,
      unitCount: units().count, unitsHref: SitePaths.units)
    return RenderJob(path: path, template: "front", model: page)
  }

  /// Every unit of the reports' latest rounds, by slug in name order, with its entry in each
  /// report (position in ``reports``, entry), oldest report first.
  func units() -> [(name: String, slug: String, aliases: [String], entries: [(Int, UnitEntry)])] {
    var found: [String: Int] = [:]
    var units: [(name: String, slug: String, aliases: [String], entries: [(Int, UnitEntry)])] = []
    for (position, factory) in reports.enumerated() {
      for unit in factory.index.units {
        if let known = found[unit.slug] {
          units[known].entries.append((position, unit))
        } else {
          found[unit.slug] = units.count
          units.append((unit.name, unit.slug, unit.aliases, [(position, unit)]))
        }
      }
    }
    return units.sorted { $0.name < $1.name }
  }

  private func unitIndexJob() -> RenderJob {
    let path = SitePaths.units
    let root = SitePaths.root(of: path)
    let summaries = units().map { unit in
      var led = 0
      var shared = 0
      var done = 0
      var total = 0
      for (position, entry) in unit.entries {
        let counts = reports[position].index.counts(entry.all)
        led += entry.led.count
        shared += entry.shared.count
        done += counts.done
        total += counts.total
      }
      return UnitSummary(
        name: unit.name, href: root + SitePaths.unit(unit.slug), led: led, shared: shared,
        total: total, done: done, donePercent: StatusCounts.percent(done, of: total), change: nil)
    }
    let page = UnitIndexPage(
      chrome: chrome(path: path, title: "责任单位", current: path),
      breadcrumbs: [
        Crumb(label: "首页", href: root + SitePaths.home), Crumb(label: "责任单位", href: nil),
      ],
      units: summaries)
    return RenderJob(path: path, template: "units-index", model: page)
  }

  private func notFoundJob() -> RenderJob {
    let path = SitePaths.notFound
    var page = chrome(path: path, title: "页面未找到", current: nil)
    if let base = config.baseURL {
      page = PageChrome(
        root: base, assetRoot: base, reportRoot: base, roundsHref: nil,
        frontHref: base + SitePaths.home, documentTitle: page.documentTitle,
        siteTitle: page.siteTitle, publisher: page.publisher, date: page.date,
        canonicalURL: nil, archive: nil,
        nav: page.nav.map {
          NavItem(label: $0.label, href: base + $0.href, isCurrent: $0.isCurrent)
        },
        identity: page.identity, params: page.params, portal: page.portal)
    }
    return RenderJob(
      path: path, template: "not-found",
      model: NotFoundPage(
        chrome: page, tasksHref: page.root + latest.reportPrefix + SitePaths.tasks))
  }

  /// A redirect page at each former slug of a unit that has a page; a former slug that is
  /// a unit's slug now is left to that unit's page.
  private func redirectJobs() -> [RenderJob] {
    let all = units()
    let current = Set(all.map(\.slug))
    let slugByName = Dictionary(all.map { ($0.name, $0.slug) }, uniquingKeysWith: { a, _ in a })
    var jobs: [RenderJob] = []
    for unit in config.units.units where !unit.formerSlugs.isEmpty {
      guard let slug = slugByName[unit.name] else { continue }
      let target = SitePaths.unit(slug)
      for former in unit.formerSlugs where !current.contains(former) {
        let page = RedirectPage(
          name: unit.name, href: slug + ".html",
          canonicalURL: config.baseURL.map { $0 + target } ?? slug + ".html")
        jobs.append(RenderJob(path: SitePaths.unit(former), template: "redirect", model: page))
      }
    }
    return jobs
  }

  /// The feed of every report's rounds, the latest report's first.
  private func feedJob() -> RenderJob {
    let base = config.baseURL ?? ""
    let entries = reports.reversed().flatMap {
      $0.feedEntries(links: base + $0.reportPrefix, titled: reports.count > 1)
    }
    let feed = Feed(
      id: PageFactory.feedID(config.title, ""), title: config.title,
      author: config.publisher.isEmpty ? config.title : config.publisher,
      updated: entries.map(\.updated).max() ?? PageFactory.atomDate(nil),
      selfURL: config.baseURL.map { $0 + SitePaths.feed }, homeHref: base + SitePaths.home,
      entries: entries)
    return RenderJob(path: SitePaths.feed, template: "feed", model: feed)
  }

  private func sitemapJob() -> RenderJob? {
    guard let base = config.baseURL else { return nil }
    var paths = ["", SitePaths.units] + units().map { SitePaths.unit($0.slug) }
    for factory in reports.reversed() {
      let index = factory.index
      let context = factory.context
      var report = ["", SitePaths.tasks, SitePaths.units, SitePaths.statuses]
      report += index.round.sections.map { SitePaths.section($0.number) }
      report += StatusCategory.allCases.map { SitePaths.status($0) }
      report += index.tasks.map { SitePaths.task($0.number) }
      report += [SitePaths.rounds, SitePaths.changesIndex]
      report += context.comparisons.map { SitePaths.changes(from: $0.earlier, to: $0.later) }
      report += context.indexes.dropLast().map { SitePaths.archive($0.round.id) }
      paths += report.map { factory.reportPrefix + $0 }
    }
    return RenderJob(
      path: SitePaths.sitemap, template: "sitemap", model: Sitemap(urls: paths.map { base + $0 }))
  }
}
