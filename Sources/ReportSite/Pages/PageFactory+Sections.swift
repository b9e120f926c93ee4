import ReportModel

extension PageFactory {
  func sectionJobs() -> [RenderJob] {
    let sections = index.round.sections
    return sections.indices.map { position in
      let section = sections[position]
      let path = SitePaths.section(section.number)
      let root = pageRoot(path)
      let all = index.tasksBySection[section.number] ?? []
      var groups: [TaskGroup] = []
      let loose = index.tasksBySubsection[.init(section: section.number, subsection: nil)] ?? []
      if !loose.isEmpty || section.subsections.isEmpty {
        groups.append(
          TaskGroup(id: "tasks", heading: nil, tasks: loose.map { row($0, root: root) }))
      }
      for subsection in section.subsections {
        let key = SiteIndex.SubsectionKey(section: section.number, subsection: subsection.number)
        groups.append(
          TaskGroup(
            id: "sub-\(subsection.number)", heading: subsectionLabel(subsection),
            tasks: (index.tasksBySubsection[key] ?? []).map { row($0, root: root) }))
      }
      let label = sectionLabel(section)
      let page = SectionPage(
        chrome: chrome(path: path, title: label, nav: .home),
        breadcrumbs: [homeCrumb(root), Crumb(label: label, href: nil)], heading: label,
        progress: ProgressSummary(
          id: "section", caption: "本部分各进度任务数", counts: index.counts(all), root: root),
        groups: groups,
        previous: position > 0 ? sectionLink(sections[position - 1], root: root) : nil,
        next: position + 1 < sections.count ? sectionLink(sections[position + 1], root: root) : nil,
        trend: isArchive
          ? nil
          : TrendChart(
            id: "trend-section", caption: "本部分历次督查完成率",
            progress: context.sectionTrends[section.number] ?? []))
      return RenderJob(path: prefix + path, template: "section", model: page)
    }
  }

  private func sectionLink(_ section: ReportSection, root: String) -> LinkItem {
    LinkItem(label: sectionLabel(section), href: root + SitePaths.section(section.number))
  }
}
