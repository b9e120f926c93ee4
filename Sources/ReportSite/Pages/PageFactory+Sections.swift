import ReportModel

extension PageFactory {
  func sectionJobs() -> [RenderJob] {
    let sections = index.round.sections
    return sections.indices.flatMap { position in
      let section = sections[position]
      let list = SitePaths.section(section.number)
      let all = index.tasksBySection[section.number] ?? []
      // The section's tasks in page order: those outside any subsection, then each subsection's.
      var parts: [(id: String, heading: String?, tasks: [Int])] = []
      let loose = index.tasksBySubsection[.init(section: section.number, subsection: nil)] ?? []
      if !loose.isEmpty || section.subsections.isEmpty { parts.append(("tasks", nil, loose)) }
      for subsection in section.subsections {
        let key = SiteIndex.SubsectionKey(section: section.number, subsection: subsection.number)
        parts.append(
          (
            "sub-\(subsection.number)", subsectionLabel(subsection),
            index.tasksBySubsection[key] ?? []
          ))
      }
      let ranges = pager.ranges(parts.map(\.tasks.count).reduce(0, +))
      let hrefs = Pager.hrefs(list, count: ranges.count, root: pageRoot(list))
      return ranges.enumerated().map { offset, range in
        let path = Pager.path(list, page: offset + 1)
        let root = pageRoot(path)
        var groups: [TaskGroup] = []
        var start = 0
        for part in parts {
          let end = start + part.tasks.count
          let low = max(start, range.lowerBound)
          let overlap = low..<max(low, min(end, range.upperBound))
          // A group is shown on the pages that hold its tasks; an empty one on the first page.
          if !overlap.isEmpty || (part.tasks.isEmpty && offset == 0) {
            let slice =
              overlap.isEmpty
              ? [] : part.tasks[(overlap.lowerBound - start)..<(overlap.upperBound - start)]
            groups.append(
              TaskGroup(
                id: part.id, heading: part.heading, tasks: slice.map { row($0, root: root) }))
          }
          start = end
        }
        let label = sectionLabel(section)
        let page = SectionPage(
          chrome: chrome(
            path: path, title: pageTitle(label, offset + 1), nav: .home,
            facts: PageFacts(column: label, keywords: [section.title])),
          breadcrumbs: [homeCrumb(root), Crumb(label: label, href: nil)], heading: label,
          progress: ProgressSummary(
            id: "section", caption: "本部分各进度任务数", counts: index.counts(all), root: root),
          groups: groups,
          previous: position > 0 ? sectionLink(sections[position - 1], root: root) : nil,
          next: position + 1 < sections.count
            ? sectionLink(sections[position + 1], root: root) : nil,
          trend: isArchive
            ? nil
            : TrendChart(
              id: "trend-section", caption: "本部分历次督查完成率",
              progress: context.sectionTrends[section.number] ?? []),
          pagination: Pager.nav(page: offset + 1, hrefs: hrefs))
        return RenderJob(path: prefix + path, template: "section", model: page)
      }
    }
  }

  private func sectionLink(_ section: ReportSection, root: String) -> LinkItem {
    LinkItem(label: sectionLabel(section), href: root + SitePaths.section(section.number))
  }

  /// The page of a section's list on which a subsection's heading first stands: the page of
  /// its first task (tasks outside subsections come first), or the first page when it is empty.
  func subsectionPage(_ section: ReportSection, _ number: Int) -> Int {
    var position = (index.tasksBySubsection[.init(section: section.number, subsection: nil)] ?? [])
      .count
    for subsection in section.subsections {
      let count =
        (index.tasksBySubsection[.init(section: section.number, subsection: subsection.number)]
        ?? []).count
      if subsection.number == number {
        return count == 0 ? 1 : position / pager.size + 1
      }
      position += count
    }
    return 1
  }
}
