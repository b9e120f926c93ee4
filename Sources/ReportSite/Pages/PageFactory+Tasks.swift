import Foundation
import ReportModel

extension PageFactory {
  func taskJobs(in range: Range<Int>? = nil) -> [RenderJob] {
    (range ?? index.tasks.indices).map { taskIndex in
      taskJob(taskIndex, at: prefix + SitePaths.task(index.tasks[taskIndex].number))
    }
  }

  /// The page of task `taskIndex`, its file at `jobPath`: `tasks/<n>.html` under ``prefix``, or
  /// under the report's folder too when the caller wants the path in the site.
  func taskJob(_ taskIndex: Int, at jobPath: String) -> RenderJob {
    let task = index.tasks[taskIndex]
    let path = SitePaths.task(task.number)
    let root = pageRoot(path)
    let section = index.section(task.task.section)
    var crumbs: [Crumb] = []
    crumbs.reserveCapacity(4)
    crumbs.append(homeCrumb(root))
    var sectionLink: LinkItem?
    // Closures, not `map(sectionLabel)`: a method taken as a value holds a copy of the factory.
    let column = section.map { sectionLabel($0) }
    if let section, let column {
      let href = root + SitePaths.section(section.number)
      sectionLink = LinkItem(label: column, href: href)
      crumbs.append(Crumb(label: column, href: href))
      if let number = task.task.subsection, let subsection = section.subsection(number) {
        crumbs.append(
          Crumb(
            label: subsectionLabel(subsection),
            href: root
              + Pager.path(
                SitePaths.section(section.number),
                page: subsectionPage(section, subsection.number))
              + "#sub-\(subsection.number)"))
      }
    }
    crumbs.append(Crumb(label: "第 \(task.number) 项", href: nil))
    let history = isArchive ? [] : historyEntries(task.number, root: root)
    // The way from the page to the units, found once for all of its units.
    let unitRoot = isArchive ? root : siteRoot(path)
    let units = task.units.enumerated().map { position, name in
      UnitLink(
        name: name, href: unitRoot + SitePaths.unit(index.units[index.unitIndexByName[name]!].slug),
        isLead: position < task.leadCount,
        isCo: task.task.statesRoles && position >= task.leadCount)
    }
    let narrative = narratives[taskIndex]
    let page = TaskPage(
      chrome: chrome(
        path: path, title: "第 \(task.number) 项：\(Self.shortened(task.task.text, to: 40))",
        nav: .tasks,
        facts: PageFacts(
          column: column, article: "第 \(task.number) 项：\(task.task.text)",
          description: Self.taskDescription(task, narrative: narrative),
          keywords: task.units + [task.status.display])),
      breadcrumbs: crumbs, number: task.number, text: task.task.text,
      badge: StatusBadge(task.status, asWritten: task.task.status), units: units,
      section: sectionLink,
      narrativeHTML: narrative,
      badgeHref: isArchive ? nil : root + SitePaths.badge(task.number),
      previous: taskLink(taskIndex - 1, root: root), next: taskLink(taskIndex + 1, root: root),
      history: history, hasHistory: !history.isEmpty, textChange: textChange(task),
      deadline: deadlineNote(task.number),
      leaders: task.task.leaders.isEmpty ? nil : task.task.leaders.joined(separator: "、"),
      dueAsWritten: task.task.dueAsWritten, note: task.task.note,
      latestHref: isArchive && context.latest.taskIndexByNumber[task.number] != nil
        ? reportRoot(path) + SitePaths.task(task.number) : nil)
    return RenderJob(path: jobPath, template: "task", model: page)
  }

  /// A task page's description: the task, its progress and units, then its narrative as plain
  /// text, cut to 150 characters. Made in one string, its room reserved once.
  static func taskDescription(_ task: ResolvedTask, narrative: String) -> String {
    let plain = SearchText.plain(html: narrative)
    var text = sentence(task.task.text)
    text.reserveCapacity(text.utf8.count + plain.utf8.count + 64 + 16 * task.units.count)
    text += "进度："
    text += task.status.display
    text += "。责任单位："
    for (position, unit) in task.units.enumerated() {
      if position > 0 { text += "、" }
      text += unit
    }
    text += "。"
    text += plain
    return shortened(text, to: 150)
  }

  /// `text`, with `。` after it unless it ends a sentence already.
  static func sentence(_ text: String) -> String {
    guard let last = text.last, !"。！？；.!?;".contains(last) else { return text }
    return text + "。"
  }

  /// `text` cut to at most `length` characters, with `…` when cut. Counts no further than
  /// `length` characters (a narrative may be long), and while those are all scalars that are
  /// characters of their own, counts them in the UTF-8 bytes.
  static func shortened(_ text: String, to length: Int) -> String {
    let counted = text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
      var offset = 0
      var scalars = 0
      var previous = 0
      while offset < bytes.count {
        guard let width = aloneWidth(bytes, at: offset) else { return nil }
        if scalars == length { return String(decoding: bytes[..<previous], as: UTF8.self) + "…" }
        scalars += 1
        previous = offset
        offset += width
      }
      return text
    }
    if let counted = counted ?? nil { return counted }
    guard let cut = text.index(text.startIndex, offsetBy: length - 1, limitedBy: text.endIndex),
      cut != text.endIndex, text.index(after: cut) != text.endIndex
    else { return text }
    return String(text[..<cut]) + "…"
  }

  /// The UTF-8 length of the scalar at `offset` if it is a character on its own whatever comes
  /// before or after it (Unicode's grapheme class Other, none of them joins a neighbour):
  /// printable ASCII, U+00A0…U+00FF but the soft hyphen (`·`), the dashes, quotes and dots
  /// U+2010…U+2027 and U+2030…U+205E (`“”—…`), the ideographic punctuation U+3000…U+3029,
  /// CJK ideographs and the full-width forms U+FF01…U+FF5E; nil for any other scalar.
  private static func aloneWidth(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int? {
    let lead = bytes[offset]
    if (0x20...0x7E).contains(lead) { return 1 }
    if lead == 0xC2 || lead == 0xC3, offset + 1 < bytes.count {
      let value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[offset + 1] & 0x3F)
      return value >= 0xA0 && value != 0xAD ? 2 : nil
    }
    guard (0xE2...0xEF).contains(lead), offset + 2 < bytes.count else { return nil }
    let value =
      UInt32(lead & 0x0F) << 12 | UInt32(bytes[offset + 1] & 0x3F) << 6
      | UInt32(bytes[offset + 2] & 0x3F)
    switch value {
    case 0x2010...0x2027, 0x2030...0x205E, 0x3000...0x3029, 0x4E00...0x9FFF, 0xFF01...0xFF5E:
      return 3
    default: return nil
    }
  }

  private func taskLink(_ taskIndex: Int, root: String) -> LinkItem? {
    guard index.tasks.indices.contains(taskIndex) else { return nil }
    let task = index.tasks[taskIndex]
    return LinkItem(
      label: "第 \(task.number) 项：\(task.task.text)", href: root + SitePaths.task(task.number))
  }

  func badgeJobs(in range: Range<Int>) -> [RenderJob] {
    index.tasks[range].map { task in
      let badge = StatusBadge(task.status, asWritten: task.task.status)
      return RenderJob(
        path: SitePaths.badge(task.number), template: "badge-svg",
        model: SVGBadge(
          number: task.number, badge: badge, color: StatusPalette.color(task.category)))
    }
  }

  func taskListJobs() -> [RenderJob] {
    let list = SitePaths.tasks
    let ranges = pager.ranges(index.tasks.count)
    let paginated = ranges.count > 1
    // The filter's choices are the same on every page.
    let statuses = StatusCategory.allCases.filter { index.tasksByCategory[$0] != nil }.map {
      FilterOption(value: $0.rawValue, label: $0.displayName)
    }
    let units = index.units.sorted { $0.name < $1.name }.map {
      FilterOption(value: $0.slug, label: $0.name)
    }
    let sections = index.round.sections.map {
      FilterOption(value: String($0.number), label: sectionLabel($0))
    }
    let hrefs = Pager.hrefs(list, count: ranges.count, root: pageRoot(list))
    let jobs: [RenderJob] = ranges.enumerated().map { offset, range in
      let path = Pager.path(list, page: offset + 1)
      let root = pageRoot(path)
      let page = TaskListPage(
        chrome: chrome(path: path, title: pageTitle("全部任务", offset + 1), nav: .tasks),
        breadcrumbs: [homeCrumb(root), Crumb(label: "全部任务", href: nil)],
        total: index.tasks.count,
        statuses: statuses, units: units, sections: sections,
        tasks: range.map { row($0, root: root) },
        pagination: Pager.nav(page: offset + 1, hrefs: hrefs),
        searchRoot: root + SitePaths.searchFolder, paginated: paginated)
      return RenderJob(path: prefix + path, template: "tasks-index", model: page)
    }
    return jobs
  }

  /// The search index (see ``SearchIndex``) in parts of the page stream (see
  /// ``SearchIndexParts``), as many as ``searchParts(tasks:)`` says, one job per file.
  func searchIndexParts() -> [Part] {
    // The index reads no list row: its parts, the last lists made, do not hold the rows.
    let factory = with(rows: [])
    let parts = SearchIndexParts(
      groups: Self.searchParts(tasks: index.tasks.count), session: context.session,
      key: reportPrefix + prefix + SitePaths.searchFolder, count: index.tasks.count,
      narrative: { factory.narratives[$0] }, old: oldSearch, index: { factory.searchIndex() })
    return (0..<parts.groups).map { group in
      {
        parts.made(group: group).map { file, keptSize in
          RenderJob(
            path: factory.prefix + SitePaths.searchFolder + file.name + ".js",
            template: "filter-index", model: FilterIndex(name: file.name, json: file.json),
            keptSize: keptSize, sizeHint: file.json.utf8.count + 256)
        }
      }
    }
  }

  static let tasksPerSearchPart = 10_000

  /// How many parts the search index of `tasks` tasks is made in: one per
  /// ``tasksPerSearchPart`` tasks, and from four times that many on, one per quarter of it,
  /// so that the postings of the parts in flight stay a few megabytes (at 100,000 tasks, 40
  /// parts: the peak of the build is 25 MB lower than with 10). Each part walks every
  /// narrative, so a smaller index is made in fewer parts.
  static func searchParts(tasks: Int) -> Int {
    tasks >= 4 * tasksPerSearchPart
      ? tasks / (tasksPerSearchPart / 4) : tasks / tasksPerSearchPart
  }

  private func searchIndex() -> SearchIndex {
    SearchIndex(
      entries: index.tasks.indices.map { taskIndex in
        let task = index.tasks[taskIndex]
        return SearchIndex.Entry(
          number: task.number, text: task.task.text,
          units: index.unitPlaces(ofTask: taskIndex),
          category: task.category.rawValue, label: task.status.display,
          written: task.task.status, section: task.task.section,
          subsection: task.task.subsection,
          overdue: context.deadlines.deadline(of: task.number, in: index.round.id)?.isOverdue
            ?? false,
          narrative: narratives[taskIndex])
      },
      sections: index.round.sections.map { section in
        SearchIndex.SectionEntry(
          number: section.number, label: sectionLabel(section),
          subsections: section.subsections.map { ($0.number, subsectionLabel($0)) })
      },
      units: index.units.map {
        SearchIndex.UnitRecord(name: $0.name, slug: $0.slug, aliases: $0.aliases)
      })
  }
}
