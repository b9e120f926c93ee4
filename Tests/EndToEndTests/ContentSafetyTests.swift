import Foundation
import Testing

/// Exit statuses, escaped messages and the checks that keep hostile or unusual content from
/// reaching (or hanging) a build, through the built binary.
@Suite struct ContentSafety {
  let templates = repositoryRoot.appendingPathComponent("Templates").path

  /// A fresh Content/ imported from the seed, in a temporary folder.
  func imported() throws -> String {
    let folder = try temporaryFolder()
    #expect(try ReportSiteBinary.run(["import", seedPath], in: folder).status == 0)
    return folder
  }

  func edit(_ path: String, _ old: String, _ new: String) throws {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.contains(old))
    try text.replacingOccurrences(of: old, with: new).write(
      toFile: path, atomically: true, encoding: .utf8)
  }

  @Test func usageErrorsExit64AndContentErrorsExit1() throws {
    let folder = try imported()
    #expect(try ReportSiteBinary.run(["build", "--no-such-option"], in: folder).status == 64)
    #expect(try ReportSiteBinary.run(["import"], in: folder).status == 64)
    #expect(try ReportSiteBinary.run(["frobnicate"], in: folder).status == 64)
    #expect(try ReportSiteBinary.run(["check"], in: folder).status == 0)
    try edit(
      folder + "/Content/reports/2020/rounds/2020-12-16/3.md", "status: 已完成并长期坚持", "status: 大体完成")
    #expect(try ReportSiteBinary.run(["check"], in: folder).status == 1)
    #expect(try ReportSiteBinary.run(["build", "--templates", templates], in: folder).status == 1)
  }

  @Test func controlCharactersInContentAreShownEscaped() throws {
    let folder = try imported()
    try edit(
      folder + "/Content/reports/2020/rounds/2020-12-16/5.md", "  - 区商务局\n", "  - \"区商\\x00务局\"\n")
    let result = try ReportSiteBinary.run(["check"], in: folder)
    #expect(result.status == 0)
    #expect(result.stderr.contains("warning: unknown unit \"区商\\u0000务局\""))
    #expect(!result.stderr.unicodeScalars.contains("\u{0}"))
  }

  @Test func aReservedSlugStopsCheckAndBuildWithItsPlace() throws {
    let folder = try imported()
    try edit(folder + "/Content/site.yml", "  - name: 区商务局\n", "  - name: 区商务局\n    slug: index\n")
    let check = try ReportSiteBinary.run(["check"], in: folder)
    #expect(check.status == 1)
    #expect(
      check.stderr.contains(
        "Content/reports/2020/rounds/2020-12-16/5.md:7:5: error: the page of unit \"区商务局\" (slug \"index\", "
          + "set in site.yml) would be units/index.html, a name the site uses itself"))
    let build = try ReportSiteBinary.run(["build", "--templates", templates], in: folder)
    #expect(build.status == 1)
    #expect(build.stderr.contains("units/index.html, a name the site uses itself"))
    #expect(!FileManager.default.fileExists(atPath: folder + "/Output"))
  }

  @Test func aMegabyteUnitNameIsRefusedQuickly() throws {
    let folder = try imported()
    let name = String(repeating: "区商务局", count: 262_144)
    try edit(folder + "/Content/reports/2020/rounds/2020-12-16/5.md", "  - 区商务局\n", "  - \(name)\n")
    let start = ContinuousClock.now
    let build = try ReportSiteBinary.run(["build", "--templates", templates], in: folder)
    #expect(ContinuousClock.now - start < .seconds(10))
    #expect(build.status == 1)
    #expect(
      build.stderr.contains(
        "Content/reports/2020/rounds/2020-12-16/5.md:7:5: error: unit name \"区商务局区商务局区商务局区商务局区商务局…\" "
          + "is 1048576 characters long"))
  }

  @Test func anIntroSavedAsGBKIsPublishedAndNamed() throws {
    let folder = try imported()
    let intro = folder + "/Content/reports/2020/rounds/2020-12-16/intro.md"
    let text = try String(contentsOfFile: intro, encoding: .utf8)
    let iconv = Process()
    iconv.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
    iconv.arguments = ["-f", "UTF-8", "-t", "GB18030", intro, "-o", intro + ".gbk"]
    try iconv.run()
    iconv.waitUntilExit()
    try FileManager.default.removeItem(atPath: intro)
    try FileManager.default.moveItem(atPath: intro + ".gbk", toPath: intro)
    let build = try ReportSiteBinary.run(["build", "--templates", templates], in: folder)
    #expect(build.status == 0, "\(build.stderr)")
    #expect(
      build.stderr.contains(
        "Content/reports/2020/rounds/2020-12-16/intro.md: warning: this file is GB18030, not UTF-8")
    )
    let home = try String(contentsOfFile: folder + "/Output/2020/index.html", encoding: .utf8)
    #expect(home.contains(String(text.prefix(20))))
  }
}
