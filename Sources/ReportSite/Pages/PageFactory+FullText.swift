import ReportModel

extension PageFactory {
  /// The full report (全文): one page, or above `pageSize` tasks a first page and a page per
  /// section.
  func fullTextJobs() -> [RenderJob] {
    let sections = index.round.sections
    guard index.tasks.count > index.config.pageSize else {
      return [fullJob(path: SitePaths.full, sections: sections, parts: [], intro: true)]
    }
    let root = pageRoot(SitePaths.full)
    let parts = sections.map {
      LinkItem(label: sectionLabel($0), href: root + SitePaths.fullSection($0.number))
    }
    var jobs = [fullJob(path: SitePaths.full, sections: [], parts: parts, intro: true)]
    for section in sections {
      jobs.append(
        fullJob(
          path: SitePaths.fullSection(section.number), sections: [section], parts: [],
          intro: false))
    }
    return jobs
  }

  private func fullJob(path: String, sections: [ReportSection], parts: [LinkItem], intro: Bool)
    -> RenderJob
  {
    let root = pageRoot(path)
    let single = sections.count == 1 && !intro
    let title = single ? "全文：\(sectionLabel(sections[0]))" : "全文"
    var crumbs = [homeCrumb(root)]
    crumbs.append(Crumb(label: "全文", href: single ? root + SitePaths.full : nil))
    if single { crumbs.append(Crumb(label: sectionLabel(sections[0]), href: nil)) }
    let publisher = index.round.metadataValue("发布机构").flatMap { $0.isEmpty ? nil : $0 }
    let page = FullReportPage(
      chrome: chrome(
        path: path, title: title, nav: .none,
        facts: PageFacts(column: "全文", article: index.config.title + "（全文）")),
      breadcrumbs: crumbs, heading: single ? title : index.config.title + "（全文）",
      reportPublisher: publisher, date: index.date, introHTML: intro ? introHTML : nil,
      parts: parts, hasParts: !parts.isEmpty,
      sections: sections.map { fullSection($0, root: root) })
    var job = RenderJob(path: prefix + path, template: "full", model: page, inPieces: true)
    job.keptSize = keptFullTextSize(path: path, sections: sections)
    return job
  }

  private func fullSection(_ section: ReportSection, root: String) -> FullSection {
    var groups: [FullGroup] = []
    let loose = index.tasksBySubsection[.init(section: section.number, subsection: nil)] ?? []
    if !loose.isEmpty {
      groups.append(
        FullGroup(
          id: "s\(section.number)", heading: nil, taskLevel: 3,
          tasks: loose.map { fullTask($0, root: root) }))
    }
    for subsection in section.subsections {
      let key = SiteIndex.SubsectionKey(section: section.number, subsection: subsection.number)
      groups.append(
        FullGroup(
          id: "s\(section.number)-\(subsection.number)", heading: subsectionLabel(subsection),
          taskLevel: 4, tasks: (index.tasksBySubsection[key] ?? []).map { fullTask($0, root: root) }
        ))
    }
    return FullSection(id: "s\(section.number)", label: sectionLabel(section), groups: groups)
  }

  private func fullTask(_ taskIndex: Int, root: String) -> FullTask {
    let task = index.tasks[taskIndex]
    return FullTask(
      number: task.number, text: task.task.text, href: root + SitePaths.task(task.number),
      lead: task.units.first,
      partners: task.units.count > 1 ? task.units.dropFirst().joined(separator: "、") : nil,
      badge: StatusBadge(task.status, asWritten: task.task.status),
      overdue: context.deadlines.deadline(of: task.number, in: index.round.id)?.isOverdue ?? false,
      narrativeHTML: narratives[taskIndex])
  }
}
