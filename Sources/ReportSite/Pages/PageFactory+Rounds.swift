import ReportModel

extension PageFactory {
  /// The list of rounds, the changes between consecutive rounds and the feed.
  func roundJobs() -> [RenderJob] {
    var jobs = [roundsJob(), changesIndexJob(), feedJob()]
    jobs += context.comparisons.indices.map { changesJob($0) }
    return jobs
  }

  private func date(of position: Int) -> String {
    context.indexes[position].dateLabel
  }

  private func roundsJob() -> RenderJob {
    let path = SitePaths.rounds
    let root = pageRoot(path)
    let rounds = context.indexes.indices.reversed().map { position in
      let progress = context.overallTrend[position]
      let changes =
        position > 0
        ? LinkItem(
          label: "与\(date(of: position - 1))相比的变化",
          href: root
            + SitePaths.changes(
              from: context.indexes[position - 1].round.id, to: context.indexes[position].round.id))
        : nil
      return RoundSummary(
        date: date(of: position), href: root + context.prefix(ofRound: position) + SitePaths.home,
        isLatest: position == context.indexes.count - 1, total: progress.total,
        done: progress.done, donePercent: StatusCounts.percent(progress.done, of: progress.total),
        changes: changes)
    }
    let page = RoundsPage(
      chrome: chrome(path: path, title: "历次督查", nav: .none),
      breadcrumbs: [homeCrumb(root), Crumb(label: "历次督查", href: nil)], heading: "历次督查",
      rounds: rounds,
      trend: TrendChart(id: "trend-rounds", caption: "历次督查完成率", progress: context.overallTrend))
    return RenderJob(path: path, template: "rounds", model: page)
  }

  private func changesIndexJob() -> RenderJob {
    let path = SitePaths.changesIndex
    let root = pageRoot(path)
    let pairs = context.comparisons.indices.reversed().map { position in
      let comparison = context.comparisons[position]
      return LinkItem(
        label: "\(date(of: position)) → \(date(of: position + 1)):"
          + "\(context.changeCounts[position].statusChanged) 项进度变化",
        href: root + SitePaths.changes(from: comparison.earlier, to: comparison.later))
    }
    let page = ChangesPage(
      chrome: chrome(path: path, title: "进度变化", nav: .none),
      breadcrumbs: [homeCrumb(root), Crumb(label: "进度变化", href: nil)], heading: "进度变化",
      earlierDate: "", laterDate: "",
      summary: pairs.isEmpty ? "目前只有一轮督查结果，尚无可比较的变化。" : "选择两轮相邻的督查，查看其间的进度变化。",
      groups: [], hasChanges: false, earlierPairs: pairs, hasPairs: !pairs.isEmpty)
    return RenderJob(path: path, template: "changes", model: page)
  }

  private func changesJob(_ position: Int) -> RenderJob {
    let pair = position
    let comparison = context.comparisons[position]
    let path = SitePaths.changes(from: comparison.earlier, to: comparison.later)
    let root = pageRoot(path)
    let statuses = index.config.statuses
    let laterPrefix = context.prefix(ofRound: position + 1)
    let earlierPrefix = context.prefix(ofRound: position)
    // The changes' positions by kind, in one pass; the tasks are read in place, not copied.
    var byKind: [TaskChange.Kind: [Int]] = [:]
    for change in comparison.changes.indices {
      byKind[comparison.changes[change].kind, default: []].append(change)
    }
    let groups: [ChangeGroup] = TaskChange.Kind.allCases.compactMap { kind in
      guard let positions = byKind[kind] else { return nil }
      let (heading, note) = Self.describe(kind)
      return ChangeGroup(
        id: kind.rawValue, heading: heading, note: note, count: positions.count,
        items: positions.map { position in
          let change = comparison.changes[position]
          let prefix = change.after == nil ? earlierPrefix : laterPrefix
          return ChangeItem(
            number: change.number, text: change.after?.text ?? change.before?.text ?? "",
            href: root + prefix + SitePaths.task(change.number),
            units: units(of: change.number, around: pair).joined(separator: "、"),
            before: change.before.map { badge($0.status, statuses) },
            after: change.after.map { badge($0.status, statuses) })
        })
    }
    let earlier = date(of: position)
    let later = date(of: position + 1)
    let counts = context.changeCounts[position]
    let page = ChangesPage(
      chrome: chrome(path: path, title: "\(earlier) 至 \(later) 进度变化", nav: .none),
      breadcrumbs: [
        homeCrumb(root), Crumb(label: "进度变化", href: root + SitePaths.changesIndex),
        Crumb(label: "\(earlier) → \(later)", href: nil),
      ],
      heading: "\(earlier) 至 \(later) 进度变化", earlierDate: earlier, laterDate: later,
      summary: "\(counts.statusChanged) 项任务进度有变化，其中 \(counts.newlyDone) 项新完成。",
      groups: groups, hasChanges: !groups.isEmpty, earlierPairs: [], hasPairs: false)
    return RenderJob(path: path, template: "changes", model: page)
  }

  /// The canonical units of task `number` in the later round of comparison `position`, or in
  /// the earlier one when the later round dropped it.
  func units(of number: Int, around position: Int) -> [String] {
    for round in [context.indexes[position + 1], context.indexes[position]] {
      if let task = round.taskIndexByNumber[number] { return round.tasks[task].units }
    }
    return []
  }

  /// `第 7 项（区商务局）、第 9 项（区发改委）` for the changes of `kind`, at most 20 named.
  /// The changes are counted and read in place: a change holds the task of both rounds, too
  /// much to copy for its kind and number.
  func namedChanges(_ kind: TaskChange.Kind, around position: Int) -> String? {
    let changes = context.comparisons[position].changes
    // Through the buffer: the array's subscript copied each change whole to read its kind.
    let positions = changes.withUnsafeBufferPointer { changes in
      changes.indices.filter { changes[$0].kind == kind }
    }
    let count = positions.count
    var named: [String] = []
    for change in positions.prefix(20) {
      let number = changes[change].number
      let units = units(of: number, around: position)
      named.append("第 \(number) 项" + (units.isEmpty ? "" : "（\(units.joined(separator: "、"))）"))
    }
    guard count > 0 else { return nil }
    var text = named.joined(separator: "、")
    if count > 20 { text += "等 \(count) 项" }
    return Self.describe(kind).0 + "：" + text + "。"
  }

  static func describe(_ kind: TaskChange.Kind) -> (String, String) {
    switch kind {
    case .newlyDone: ("新完成", "上轮未完成、本轮已完成的任务。")
    case .movedBackwards: ("进度回退", "本轮进度不如上轮的任务，请关注。")
    case .statusChanged: ("进度表述变化", "进度分类未变、进度表述有变化的任务。")
    case .narrativeChanged: ("进度未变、情况有更新", "进度相同、落实情况说明有更新的任务。")
    case .added: ("新增任务", "本轮新列入的任务。")
    case .dropped: ("不再列入", "上轮有、本轮未列入的任务。")
    }
  }

  private func feedJob() -> RenderJob {
    let config = index.config
    let base = config.baseURL.map { $0 + reportPrefix } ?? ""
    let entries = feedEntries(links: base, titled: false)
    let feed = Feed(
      id: Self.feedID(config.title, "report/" + context.report.id.rawValue), title: config.title,
      author: config.publisher.isEmpty ? config.title : config.publisher,
      updated: entries.first?.updated ?? Self.atomDate(nil),
      selfURL: config.baseURL.map { $0 + reportPrefix + SitePaths.feed },
      homeHref: base + SitePaths.home, entries: entries)
    return RenderJob(path: SitePaths.feed, template: "feed", model: feed)
  }

  /// The id of a feed entry for round `round` (`""`: the report's feed): for a report migrated
  /// from the root layout, as its site's feed had it before (of its title and the round);
  /// for any other report, of its title, its id and the round, so that reports never share one.
  func feedID(_ round: String) -> String {
    context.report.migratedFromRoot
      ? Self.feedID(index.config.title, round)
      : Self.feedID(index.config.title, context.report.id.rawValue + "/" + round)
  }

  /// The report's rounds as feed entries, newest first, their links under `links` (the way
  /// from the feed to the report's folder); `titled` puts the report's title in each title.
  func feedEntries(links base: String, titled: Bool) -> [FeedEntry] {
    let config = index.config
    return context.indexes.indices.reversed().map { position in
      let round = context.indexes[position].round
      let progress = context.overallTrend[position]
      var summary =
        "共 \(progress.total) 项任务，已完成 \(progress.done) 项，完成率 "
        + StatusCounts.percent(progress.done, of: progress.total) + "。"
      var href = base + context.prefix(ofRound: position) + SitePaths.home
      if position > 0 {
        let comparison = context.comparisons[position - 1]
        let counts = context.changeCounts[position - 1]
        summary +=
          "与\(date(of: position - 1))相比，\(counts.statusChanged) 项进度有变化，"
          + "其中 \(counts.newlyDone) 项新完成。"
        for kind in [TaskChange.Kind.newlyDone, .movedBackwards, .statusChanged] {
          summary += namedChanges(kind, around: position - 1) ?? ""
        }
        href = base + SitePaths.changes(from: comparison.earlier, to: comparison.later)
      }
      return FeedEntry(
        id: feedID(round.id.rawValue),
        title: (titled ? config.title + "：" : "") + "\(date(of: position)) 督查结果",
        updated: Self.atomDate(context.indexes[position].date),
        href: href,
        summary: summary)
    }
  }

  /// A round's date as an Atom timestamp, midnight in China Standard Time.
  static func atomDate(_ date: String?) -> String {
    (date ?? "1970-01-01") + "T00:00:00+08:00"
  }

  /// A `urn:uuid:` that depends only on the site's title and the round, so that rebuilding or
  /// moving the site never changes it (FNV-1a, twice, as the 128 bits of a version-8 UUID).
  static func feedID(_ title: String, _ round: String) -> String {
    func fnv(_ seed: UInt64) -> UInt64 {
      var hash = seed
      for byte in (title + "\u{0}" + round).utf8 {
        hash ^= UInt64(byte)
        hash &*= 0x100_0000_01b3
      }
      return hash
    }
    let high = (fnv(0xcbf2_9ce4_8422_2325) & ~0xF000) | 0x8000
    let low = (fnv(0x84222325_cbf29ce4) & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000
    func hex(_ value: UInt64, _ digits: Int) -> String {
      let text = String(value, radix: 16)
      return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
    let h = hex(high, 16)
    let l = hex(low, 16)
    return "urn:uuid:\(h.prefix(8))-\(h.dropFirst(8).prefix(4))-\(h.suffix(4))-"
      + "\(l.prefix(4))-\(l.suffix(12))"
  }
}
