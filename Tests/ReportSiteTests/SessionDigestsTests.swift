import Foundation
import Testing

@testable import ReportModel
@testable import ReportSite

/// A session's build digests again only the tasks that are not the values the last build
/// digested (see ``PageInputs/KeptRound``): after every edit of a chain, its digests are
/// those of a build without a session.
@Suite struct SessionDigestsTests {
  func expectSameDigests(
    _ report: Report, _ session: BuildSession, _ step: String
  ) throws {
    let theme = MemoryTemplateSource(name: "theme", files: ["task.mustache": Data("{{x}}".utf8)])
    let kept = try PageInputs(report: report, theme: theme, shared: 7, session: session)
    let fresh = try PageInputs(report: report, theme: theme, shared: 7)
    #expect(kept.structure == fresh.structure, "\(step)")
    #expect(kept.layout == fresh.layout, "\(step)")
    #expect(kept.statuses == fresh.statuses, "\(step)")
    #expect(kept.narratives == fresh.narratives, "\(step)")
    #expect(kept.roundNarratives == fresh.roundNarratives, "\(step)")
    #expect(kept.allNarratives == fresh.allNarratives, "\(step)")
  }

  @Test func digestsOfASessionAreThoseOfAFreshBuild() throws {
    var report = try IncrementalBuildTests.twoRounds()
    let session = BuildSession()
    try expectSameDigests(report, session, "first")
    try expectSameDigests(report, session, "nothing changed")
    let latest = report.rounds.count - 1
    let edits: [(String, (inout Report) -> Void)] = [
      ("narrative", { $0.rounds[latest].tasks[3].narrative += "（更正）" }),
      ("earlier narrative", { $0.rounds[0].tasks[5].narrative = "早先的说明已更正。" }),
      ("status", { $0.rounds[latest].tasks[3].status = "进度滞后" }),
      ("task text", { $0.rounds[latest].tasks[7].text += "（修订）" }),
      ("units", { $0.rounds[latest].tasks[8].units = ["区商务局"] }),
      ("due date", { $0.rounds[latest].tasks[9].due = "2020-01-31" }),
      ("narrative period", { $0.rounds[latest].tasks[10].narrativePeriod = "1-11月" }),
      ("note", { $0.rounds[latest].tasks[11].note = "备注" }),
      ("section title", { $0.rounds[latest].sections[1].title += "（修订）" }),
      ("task removed", { $0.rounds[latest].tasks.remove(at: 2) }),
      ("narrative again", { $0.rounds[latest].tasks[4].narrative += "（再更正）" }),
      (
        "numbers swapped",
        {
          let first = $0.rounds[latest].tasks[0].number
          $0.rounds[latest].tasks[0].number = $0.rounds[latest].tasks[1].number
          $0.rounds[latest].tasks[1].number = first
        }
      ),
      (
        "status and narrative",
        {
          $0.rounds[latest].tasks[6].status = "已完成"
          $0.rounds[latest].tasks[6].narrative += "已完成。"
        }
      ),
    ]
    for (name, edit) in edits {
      edit(&report)
      try expectSameDigests(report, session, name)
    }
  }
}
