import Foundation
import Testing

@Suite struct Renames {
  @Test func aRenamedUnitKeepsItsOldURLAndEarlierRoundsKeepTheOldName() throws {
    let folder = try temporaryFolder()
    let second = repositoryRoot.appendingPathComponent(
      "Tests/ReportSiteTests/Fixtures/round2-2021-01-20.txt"
    ).path
    #expect(try ReportSiteBinary.run(["import", seedPath], in: folder).status == 0)
    #expect(try ReportSiteBinary.run(["import", second], in: folder).status == 0)
    let published = try String(
      contentsOfFile: folder + "/Content/reports/2020/rounds/2020-12-16/published.yml",
      encoding: .utf8)
    #expect(published.contains("\n区商务局: 区商务局\n"))
    let site = folder + "/Content/site.yml"
    let text = try String(contentsOfFile: site, encoding: .utf8)
    #expect(text.contains("  - name: 区商务局\n"))
    try text.replacingOccurrences(
      of: "  - name: 区商务局\n",
      with: "  - name: 区商务和投资促进局\n    aliases: [区商务局]\n    slug: qu-shang-tou-ju\n"
        + "    formerSlugs: [qu-shang-wu-ju]\n"
    ).write(toFile: site, atomically: true, encoding: .utf8)
    let built = try ReportSiteBinary.run(["build"], in: folder)
    #expect(built.status == 0, "\(built.stderr)")
    let output = folder + "/Output/"
    let redirect = try String(contentsOfFile: output + "units/qu-shang-wu-ju.html", encoding: .utf8)
    #expect(
      redirect.contains("<meta http-equiv=\"refresh\" content=\"0; url=qu-shang-tou-ju.html\">"))
    #expect(redirect.contains("<link rel=\"canonical\" href=\"qu-shang-tou-ju.html\">"))
    #expect(redirect.contains("<a href=\"qu-shang-tou-ju.html\">区商务和投资促进局</a>"))
    let unit = try String(contentsOfFile: output + "units/qu-shang-tou-ju.html", encoding: .utf8)
    #expect(unit.contains("区商务和投资促进局"))
    // The earlier round as published: the old name.
    let archived = try String(
      contentsOfFile: output + "2020/rounds/2020-12-16/units/index.html", encoding: .utf8)
    #expect(archived.contains("区商务局"))
    #expect(!archived.contains("区商务和投资促进局"))
  }
}
