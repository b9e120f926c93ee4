import Foundation
import SiteOutput
import Testing

@testable import ReportModel
@testable import ReportSite

/// A rebuild renders only the pages whose inputs changed (see ``BuildUnits``) and still writes
/// the same site as a build from nothing: a chain of random edits, each built both ways into
/// two folders that must hold the same files, byte for byte.
@Suite struct IncrementalBuildTests {
  /// SplitMix64: the same edits on every run.
  struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var value = state
      value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
      value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
      return value ^ (value >> 31)
    }
  }

  enum Edit: CaseIterable {
    case narrative, earlierNarrative, statusCategory, addTasks, deleteTasks, alias, newRound
    case taskTemplate, rowTemplate, sectionTitle, nothing, taskUnits, dueDate

    /// Whether the edit leaves the structure (see ``PageInputs/structure``) as it was: a
    /// session's next build then makes the report's context of what the last one kept.
    var keepsStructure: Bool { [.narrative, .earlierNarrative, .nothing].contains(self) }
  }

  /// The report of two rounds (the seed, and a later round with some statuses advanced), with
  /// lists of 5 tasks a page.
  static func twoRounds() throws -> Report {
    var report = try SiteFixture.report(baseURL: "https://example.gov.cn/r/")
    report.config.pageSize = 5
    report.rounds.append(nextRound(after: report.rounds[0], id: "2021-03-31", advancing: 3))
    return report
  }

  /// A later round: `round` with a new id and date, every `advancing`-th task done.
  static func nextRound(after round: Round, id: String, advancing: Int) -> Round {
    var next = round
    next.id = RoundID(id)!
    next.metadata = round.metadata.map { entry in
      entry.key == "生成日期" ? MetadataEntry(key: entry.key, value: id) : entry
    }
    for index in next.tasks.indices where index % advancing == 0 {
      next.tasks[index].status = "已完成"
      next.tasks[index].narrative += "\n\n已于\(id)前完成。"
    }
    return next
  }

  static func apply(
    _ edit: Edit, to report: inout Report, templates: URL, random: inout SeededGenerator
  ) throws {
    let latest = report.rounds.count - 1
    switch edit {
    case .narrative:
      let task = Int.random(in: report.rounds[latest].tasks.indices, using: &random)
      report.rounds[latest].tasks[task].narrative += "（更正\(task)）"
    case .earlierNarrative:
      let task = Int.random(in: report.rounds[0].tasks.indices, using: &random)
      report.rounds[0].tasks[task].narrative = "早先的说明已更正。"
    case .statusCategory:
      let task = Int.random(in: report.rounds[latest].tasks.indices, using: &random)
      let status = report.rounds[latest].tasks[task].status
      report.rounds[latest].tasks[task].status = status == "进度滞后" ? "已完成" : "进度滞后"
    case .addTasks:
      // Three new tasks in one section: its list and the others grow by a page boundary.
      var tasks = report.rounds[latest].tasks
      let top = tasks.map(\.number).max() ?? 0
      let model = tasks[Int.random(in: tasks.indices, using: &random)]
      for offset in 1...3 {
        var task = model
        task.number = top + offset
        task.text = "新增任务\(offset)：\(model.text)"
        tasks.append(task)
      }
      report.rounds[latest].tasks = tasks
    case .deleteTasks:
      for _ in 0..<3 {
        let task = Int.random(in: report.rounds[latest].tasks.indices, using: &random)
        report.rounds[latest].tasks.remove(at: task)
      }
    case .alias:
      var units = report.config.units.units
      units[0].aliases.append("区人社")
      units.append(UnitDefinition(name: "区商务局", aliases: ["区商务和粮食局"]))
      report.config.units = UnitDirectory(units)
    case .newRound:
      let id = "2021-0\(report.rounds.count + 4)-30"
      report.rounds.append(
        nextRound(after: report.rounds[latest], id: id, advancing: 2 + report.rounds.count))
    case .taskTemplate:
      try SiteFixture.edit(
        templates, "task", replacing: "{{>breadcrumbs}}", with: "<!-- 任务 -->{{>breadcrumbs}}")
    case .rowTemplate:
      try SiteFixture.edit(templates, "task-row", replacing: "{{number}}", with: "{{number}} ")
    case .sectionTitle:
      report.rounds[latest].sections[1].title += "（修订）"
    case .nothing:
      break
    case .taskUnits:
      // A task takes another's units: the units' pages and counts change, not the structure
      // of the rounds' sections.
      let tasks = report.rounds[latest].tasks
      let (task, other) = (
        Int.random(in: tasks.indices, using: &random), Int.random(in: tasks.indices, using: &random)
      )
      let units = tasks[other].units == tasks[task].units ? ["区商务局"] : tasks[other].units
      report.rounds[latest].tasks[task].units = units
      report.rounds[latest].tasks[task].unitRoles = []
      report.rounds[latest].tasks[task].unitMarkers = []
      report.rounds[latest].tasks[task].unitLocations = []
    case .dueDate:
      let task = Int.random(in: report.rounds[latest].tasks.indices, using: &random)
      report.rounds[latest].tasks[task].due = "2020-01-31"
    }
  }

  @Test func chainOfRandomEditsBuildsWhatAFullBuildBuilds() throws {
    let folder = try TemporaryFolder()
    let templates = try SiteFixture.copyTemplates(into: folder)
    var report = try Self.twoRounds()
    var random = SeededGenerator(state: 15)
    let incremental = folder.url.appendingPathComponent("Incremental")
    try SiteFixture.build(report, into: incremental, templates: templates)
    // As `serve` builds: one session kept from build to build (see ``BuildSession``).
    let session = BuildSession()
    let served = folder.url.appendingPathComponent("Served")
    try SiteFixture.build(report, into: served, templates: templates, session: session)
    var chain: [Edit] = [.narrative, .nothing, .earlierNarrative, .statusCategory]
    chain += [.addTasks, .narrative, .deleteTasks, .alias, .newRound, .narrative]
    chain += [.earlierNarrative, .taskTemplate, .rowTemplate, .sectionTitle, .narrative]
    chain += [.taskUnits, .narrative, .dueDate, .narrative, .taskUnits]
    chain += (0..<3).map { _ in Edit.allCases.randomElement(using: &random)! }
    for (step, edit) in chain.enumerated() {
      try Self.apply(edit, to: &report, templates: templates, random: &random)
      let summary = try SiteFixture.build(report, into: incremental, templates: templates)
      let fresh = folder.url.appendingPathComponent("Fresh-\(step)")
      try SiteFixture.build(report, into: fresh, templates: templates)
      let (built, expected) = (try SiteFixture.tree(incremental), try SiteFixture.tree(fresh))
      let differing = Set(built.keys).union(expected.keys).filter { built[$0] != expected[$0] }
      #expect(differing.isEmpty, "step \(step) (\(edit)): \(differing.sorted().prefix(10))")
      try SiteFixture.build(report, into: served, templates: templates, session: session)
      let fromSession = try SiteFixture.tree(served)
      let differs = Set(fromSession.keys).union(expected.keys).filter {
        fromSession[$0] != expected[$0]
      }
      #expect(differs.isEmpty, "served, step \(step) (\(edit)): \(differs.sorted().prefix(10))")
      // The report's indexes, history and deadlines are taken from the last build exactly
      // when the edit kept the structure (the served site equals a fresh build either way).
      #expect(
        session.lastContextsReused == (edit.keepsStructure ? 1 : 0), "step \(step) (\(edit))")
      if edit == .narrative {
        // The round's other narratives and the other tasks' open data come from the session.
        #expect(session.lastCounts.reused > session.lastCounts.made, "step \(step)")
        // So do the search index's other narratives' folded texts.
        #expect(session.lastSearchTextsReused > 0, "step \(step)")
      }
      if edit == .narrative {
        // The other tasks' rows of the open data are copied from the old site's files.
        #expect(summary.openDataRowsCopied > 0, "step \(step)")
      }
      if edit == .narrative || edit == .nothing {
        // One task page, the round's task list, search index and full text, the pages that
        // read every round: far from the whole site.
        #expect(summary.filesKept > built.count * 3 / 4, "step \(step) (\(edit))")
      }
      try FileManager.default.removeItem(at: fresh)
    }
    // The site before the last swap is kept, caught up at the next build (see
    // `OutputDirectory+BackTree.swift`).
    let back = folder.url.appendingPathComponent(".Incremental.back")
    #expect(
      FileManager.default.fileExists(atPath: back.appendingPathComponent(".report-site").path))
  }

  /// A page changed by hand in the output folder is not taken as the last build wrote it:
  /// the record no longer matches the folder, and nothing is kept unseen.
  @Test func pageEditedByHandIsRenderedAgain() throws {
    let folder = try TemporaryFolder()
    let report = try Self.twoRounds()
    try SiteFixture.build(report, into: folder.output)
    let page = folder.output.appendingPathComponent("units/index.html")
    let original = try Data(contentsOf: page)
    try FileManager.default.removeItem(at: page)
    try Data("edited by hand".utf8).write(to: page)
    let summary = try SiteFixture.build(report, into: folder.output)
    #expect(summary.filesKept == 0)
    #expect(try Data(contentsOf: page) == original)
    // The next build trusts the record again.
    #expect(try SiteFixture.build(report, into: folder.output).filesKept > 0)
  }

  /// `serve`'s warm-up: a build that changes nothing sets a copy of the site aside as the
  /// back tree (the live site untouched), and the next build, after an edit, writes into it
  /// and swaps it in (the folder in place is then the one set aside), the same site as a
  /// build from nothing.
  @Test func warmUpBuildSetsTheSiteAsideForTheNextBuild() throws {
    let folder = try TemporaryFolder()
    var report = try Self.twoRounds()
    let session = BuildSession()
    try SiteFixture.build(report, into: folder.output, session: session)
    let back = folder.url.appendingPathComponent(".Output.back")
    let page = "units/index.html"
    let inode = { (url: URL) in
      try (FileManager.default.attributesOfItem(atPath: url.path)[.systemFileNumber] as? NSNumber)
    }
    let livePage = try inode(folder.output.appendingPathComponent(page))
    #expect(!FileManager.default.fileExists(atPath: back.path))
    var options = SiteBuildOptions(templates: SiteFixture.templates, output: folder.output)
    options.session = session
    options.setsBackTreeAside = true
    _ = try SiteBuilder(report: report, options: options).build()
    #expect(try inode(folder.output.appendingPathComponent(page)) == livePage)
    #expect(try inode(back.appendingPathComponent(page)) == livePage)
    let list = try String(
      contentsOf: back.appendingPathComponent(".report-site-back"), encoding: .utf8)
    #expect(list.hasPrefix("report-site back tree 1\nlive "))
    let setAside = try inode(back)
    report.rounds[1].tasks[0].narrative += "（一）"
    try SiteFixture.build(report, into: folder.output, session: session)
    #expect(try inode(folder.output) == setAside)
    let fresh = folder.url.appendingPathComponent("Fresh")
    try SiteFixture.build(report, into: fresh)
    #expect(try SiteFixture.tree(folder.output) == SiteFixture.tree(fresh))
  }

  /// A kept previous site whose catch-up list names another site than the one in the output
  /// folder is not used: it is removed, the build links every unchanged file as before, and
  /// the old site it swaps out becomes the new back tree.
  @Test func backTreeOfAnotherSiteIsNotUsed() throws {
    let folder = try TemporaryFolder()
    var report = try Self.twoRounds()
    try SiteFixture.build(report, into: folder.output)
    report.rounds[1].tasks[0].narrative += "（一）"
    try SiteFixture.build(report, into: folder.output)
    let back = folder.url.appendingPathComponent(".Output.back")
    let list = back.appendingPathComponent(".report-site-back")
    let text = try String(contentsOf: list, encoding: .utf8)
    #expect(text.hasPrefix("report-site back tree 1\nlive "))
    // A page of the back tree changed as if it lagged behind another site.
    try FileManager.default.removeItem(at: list)
    try Data((text.replacingOccurrences(of: "live ", with: "live 0")).utf8).write(to: list)
    let stray = back.appendingPathComponent(report.id.rawValue + "/tasks/1.html")
    try FileManager.default.removeItem(at: stray)
    try Data("stale".utf8).write(to: stray)
    report.rounds[1].tasks[1].narrative += "（二）"
    try SiteFixture.build(report, into: folder.output)
    let fresh = folder.url.appendingPathComponent("Fresh")
    try SiteFixture.build(report, into: fresh)
    #expect(try SiteFixture.tree(folder.output) == SiteFixture.tree(fresh))
    #expect(try String(contentsOf: list, encoding: .utf8).hasPrefix("report-site back tree 1\n"))
  }

  /// The digests read every field of the model: a new field must be added to
  /// `StableHasher+Model.swift` (or be shown nowhere) before this count is raised.
  @Test func digestsReadEveryField() throws {
    let report = try SiteFixture.report()
    let round = report.rounds[0]
    #expect(Mirror(reflecting: round.tasks[0]).children.count == 10)
    #expect(Mirror(reflecting: TaskExtras.Fields()).children.count == 8)
    #expect(Mirror(reflecting: round).children.count == 8)
    #expect(Mirror(reflecting: report.config).children.count == 9)
    #expect(Mirror(reflecting: round.sections[0]).children.count == 4)
  }
}
