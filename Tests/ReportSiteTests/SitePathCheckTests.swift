import Foundation
import ReportModel
import Testing

@testable import ReportSite

@Suite struct SitePathCheckTests {
  func problems(_ report: Report) -> [Diagnostic] {
    SitePathCheck.diagnostics(for: report, roundFolder: { "Content/rounds/\($0.rawValue)" })
  }

  /// The seed with unit 区商务局 (task 5's only unit, seed.txt line 22) set up by `unit`.
  func report(commerce unit: UnitDefinition, extra: [UnitDefinition] = []) throws -> Report {
    try SiteFixture.report(units: UnitDirectory(SiteFixture.units.units + [unit] + extra))
  }

  @Test func theSeedHasNoCollision() throws {
    #expect(problems(try SiteFixture.report()).isEmpty)
  }

  @Test(arguments: ["index", "index-p2", "qu-shang-wu-ju-p3"])
  func aSlugOnANameTheSiteUsesIsAnErrorAtTheUnit(slug: String) throws {
    let found = problems(try report(commerce: UnitDefinition(name: "区商务局", slug: slug)))
    let error = try #require(found.first)
    #expect(found.count == 1)
    #expect(error.severity == .error)
    #expect(error.location.path == "seed.txt")
    #expect(error.location.line > 0)
    #expect(error.message.contains("区商务局"))
    #expect(error.notes.last?.hasSuffix("change its slug in site.yml") == true)
  }

  @Test func aDerivedSlugOnAReservedNameIsAnErrorToo() throws {
    let report = try SiteFixture.report { round in
      round.tasks[4].units = ["Index"]
    }
    let error = try #require(problems(report).first)
    #expect(
      error.message
        == "the page of unit \"Index\" (slug \"index\") would be units/index.html, "
        + "a name the site uses itself")
    #expect(error.notes == ["give the unit a `slug:` of its own in site.yml"])
  }

  @Test func twoUnitsWithTheSameSetSlugAreAnError() throws {
    let found = problems(
      try report(
        commerce: UnitDefinition(name: "区商务局", slug: "shang-wu"),
        extra: [UnitDefinition(name: "区财政局", slug: "shang-wu")]))
    #expect(found.count == 1)
    #expect(found.first?.message.contains("both have the slug \"shang-wu\"") == true)
  }

  @Test func roundIdsThatCollideAreErrorsAtTheRoundFolder() throws {
    let seed = try SiteFixture.seedRound()
    func rounds(_ ids: [String]) -> Report {
      Report(
        config: SiteConfig(title: "t", units: SiteFixture.units),
        rounds: ids.map { id in
          var round = seed
          round.id = RoundID(id)!
          round.metadata = []
          return round
        }, id: ReportID("2020")!)
    }
    let index = problems(rounds(["2020-12-16", "index.html"]))
    #expect(index.map(\.location.path) == ["Content/rounds/index.html"])
    #expect(index.first?.message.contains("rounds/index.html, a name the site uses itself") == true)
    let caseOnly = problems(rounds(["a1", "A1"]))
    #expect(caseOnly.count == 1)
    #expect(caseOnly.first?.message.contains("but for case") == true)
    let page = problems(rounds(["a", "b-p2"]))
    #expect(page.first?.message.contains("the name of page 2 of 2020/changes/a--b.html") == true)
    let long = String(repeating: "2", count: 130)
    let tooLong = problems(rounds([long, long + "3"]))
    #expect(tooLong.count == 1)
    #expect(tooLong.first?.message.contains("longer than a file name may be (255)") == true)
  }

  @Test func twoSectionsOfOneNumberAreAnErrorAtRoundYml() throws {
    let report = try SiteFixture.report { round in
      round.sections[1].number = 1
    }
    let found = problems(report)
    #expect(found.count == 1)
    #expect(found.first?.location.path == "Content/rounds/2020-12-16/round.yml")
    #expect(
      found.first?.message
        == "a page of a section of round 2020-12-16 would be 2020/rounds/2020-12-16/sections/1.html, "
        + "the name of a page of a section of round 2020-12-16")
  }

  @Test func aBuildGivenTheCheckedSlugsWritesTheSameSite() throws {
    let report = try SiteFixture.report()
    let slugs = SitePathCheck.check(report, roundFolder: { $0.rawValue }).unitSlugs
    #expect(slugs["区人力资源和社会保障局"] == "qu-ren-li-zi-yuan-he-she-hui-bao-zhang-ju")
    var trees: [[String: Data]] = []
    for given in [nil, slugs, ["区商务局": "x"]] {
      let folder = try TemporaryFolder()
      let summary = try SiteBuilder(
        report: report,
        options: SiteBuildOptions(
          templates: SiteFixture.templates, output: folder.output, unitSlugs: given)
      ).build()
      #expect(summary.pagesWritten > 0)
      trees.append(try SiteFixture.tree(folder.output).filter { $0.key != ".report-site" })
    }
    #expect(trees[0] == trees[1])
    #expect(trees[0] == trees[2])
  }

  @Test func pagesOfListsAreRecognised() {
    #expect(Pager.page(of: "units/a-p2.html")! == ("units/a.html", 2))
    #expect(Pager.page(of: "units/a-p1.html") == nil)
    #expect(Pager.page(of: "units/a-p02.html") == nil)
    #expect(Pager.page(of: "units/a-px.html") == nil)
    #expect(Pager.page(of: "units/a-2.html") == nil)
  }
}
