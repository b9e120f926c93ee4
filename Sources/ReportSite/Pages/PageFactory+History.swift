import ReportModel

extension PageFactory {
  /// A task's results in every round, newest first, for the latest round's task page.
  /// Earlier rounds' pages show no history, so that the site grows linearly with the rounds.
  func historyEntries(_ number: Int, root: String) -> [HistoryEntry] {
    // Most tasks of a report of one round have no history to show: no entry is made for them.
    guard context.history.entryCount(of: number) > 1 else { return [] }
    let statuses = index.config.statuses
    return context.history.entries(of: number) { round, date, task, previousStatus in
      let position = context.position(of: round)
      let isCurrent = round == index.round.id
      var narrative: String?
      if !isCurrent, let position,
        let taskIndex = context.indexes[position].taskIndexByNumber[number]
      {
        narrative = context.narratives[position][taskIndex]
      }
      let archive = position.flatMap { isCurrent ? nil : context.prefix(ofRound: $0) }
      return HistoryEntry(
        date: date ?? round.rawValue, badge: badge(task.status, statuses),
        previous: previousStatus.map { badge($0, statuses) }, narrativeHTML: narrative,
        isCurrent: isCurrent,
        archiveHref: archive.map { root + $0 + SitePaths.task(number) })
    }
  }

  /// The task's wording in the round before this one, when it differs.
  func textChange(_ task: ResolvedTask) -> TextChange? {
    guard let position = context.position(of: index.round.id), position > 0 else { return nil }
    let before = context.indexes[position - 1]
    guard let taskIndex = before.taskIndexByNumber[task.number] else { return nil }
    let old = before.tasks[taskIndex].task.text
    // The same bytes (most tasks) are the same wording without trimming or comparing
    // characters.
    guard !old.hasSameUTF8(as: task.task.text),
      old.trimmedSpace != task.task.text.trimmedSpace
    else { return nil }
    return TextChange(date: before.dateLabel, text: old)
  }

  func deadlineNote(_ number: Int) -> DeadlineNote? {
    guard let deadline = context.deadlines.deadline(of: number, in: index.round.id) else {
      return nil
    }
    let source: String
    switch deadline.source {
    case .dueField: source = "由任务设定的完成期限"
    case .deadlineWords: source = "据报告所列完成时限"
    case .statusWords(let round):
      let date = context.position(of: round).flatMap { context.indexes[$0].date }
      source = "据\(date ?? round.rawValue)督查时的进度表述推定"
    }
    return DeadlineNote(due: deadline.due.description, overdue: deadline.isOverdue, source: source)
  }

  /// A badge for a status as written; an unknown status shows as its own words.
  func badge(_ status: String, _ statuses: StatusVocabulary) -> StatusBadge {
    context.badges[status]
      ?? StatusBadge(
        statuses.definition(for: status)
          ?? StatusDefinition(label: status, category: .inProgress))
  }

  /// The link to the changes since the round before, with its counts.
  func latestChangesLink(root: String) -> LinkItem? {
    guard let comparison = context.comparisons.last else { return nil }
    let counts = context.changeCounts[context.changeCounts.count - 1]
    let (done, status) = (counts.newlyDone, counts.statusChanged)
    let earlier = context.indexes[context.indexes.count - 2].dateLabel
    return LinkItem(
      label: "与\(earlier)督查相比：\(status) 项进度有变化，其中 \(done) 项新完成",
      href: root + SitePaths.changes(from: comparison.earlier, to: comparison.later))
  }
}
