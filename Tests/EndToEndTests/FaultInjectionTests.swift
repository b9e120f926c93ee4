import Foundation
import Testing

/// `kill -9` at random moments of builds and imports of a site of several thousand tasks: after
/// each kill, Output/ is one whole site (one of the two reference builds, byte for byte) and
/// Content/ is as it was before the import or as it is after; the next run works and leaves
/// nothing behind.
///
/// `REPORT_SITE_KILLS` sets the number of kills of each kind (default 4, so that CI stays
/// short), `REPORT_SITE_KILL_TASKS` the report's size (default 3000), `REPORT_SITE_KILL_SEED`
/// the random seed; `REPORT_SITE_BINARY` may name a release binary for long runs.
@Suite(.serialized) struct FaultInjection {
  static let environment = ProcessInfo.processInfo.environment
  static let kills = Int(environment["REPORT_SITE_KILLS"] ?? "") ?? 4
  static let taskCount = Int(environment["REPORT_SITE_KILL_TASKS"] ?? "") ?? 3000
  static let seed = UInt64(environment["REPORT_SITE_KILL_SEED"] ?? "") ?? 20_261_129

  /// Two content folders (the same round, two versions of the report) and their reference
  /// builds.
  struct Fixture {
    let folder: String
    let texts: [String]
    var contents: [String] { [folder + "/A/Content", folder + "/B/Content"] }
    var references: [String] { [folder + "/A/Output", folder + "/B/Output"] }
    let templates = repositoryRoot.appendingPathComponent("Templates").path

    init() throws {
      folder = try temporaryFolder()
      let report = SyntheticText(taskCount: FaultInjection.taskCount)
      texts = [folder + "/v0.txt", folder + "/v1.txt"]
      for version in 0..<2 {
        try report.text(version: version).write(
          toFile: texts[version], atomically: true, encoding: .utf8)
      }
    }

    func build(_ version: Int, into output: String) throws -> CommandResult {
      try ReportSiteBinary.run(buildArguments(version, into: output))
    }

    func buildArguments(_ version: Int, into output: String) -> [String] {
      ["build", "--content", contents[version], "--templates", templates, "--output", output]
    }
  }

  @Test func killedBuildsLeaveOneWholeSiteAndNothingBehind() throws {
    let fixture = try Fixture()
    var duration = 0.0
    var references: [String] = []
    for version in 0..<2 {
      let imported = try ReportSiteBinary.run([
        "import", fixture.texts[version], "--content", fixture.contents[version],
      ])
      try #require(imported.status == 0, "\(imported.stderr)")
      let start = ContinuousClock.now
      let built = try fixture.build(version, into: fixture.references[version])
      duration = max(duration, seconds(since: start))
      try #require(built.status == 0, "\(built.stderr)")
      references.append(try Manifest.of(fixture.references[version]))
    }
    try #require(references[0] != references[1])
    let site = fixture.folder + "/site"
    let output = site + "/Output"
    // The first site, as the first build wrote it (its marker file names the same inputs).
    try FileManager.default.createDirectory(atPath: site, withIntermediateDirectories: true)
    try FileManager.default.copyItem(atPath: fixture.references[0], toPath: output)
    var random = SplitMix(state: Self.seed)
    var current = 0
    var outcomes = (before: 0, after: 0, leftovers: 0)
    for _ in 0..<Self.kills {
      let next = 1 - current
      let running = try RunningCommand(
        fixture.buildArguments(next, into: output), logs: fixture.folder)
      Thread.sleep(forTimeInterval: random.fraction() * duration * 1.2)
      running.killHard()
      // One whole site: the one before or the one after, never a mix, never none.
      let manifest = try Manifest.of(output)
      #expect(manifest == references[current] || manifest == references[next])
      if manifest == references[current] { outcomes.before += 1 } else { outcomes.after += 1 }
      if try entries(of: site) != [".Output.cache", ".Output.lock", "Output"] {
        outcomes.leftovers += 1
      }
      // The next build works, and removes what the killed one left.
      let rebuilt = try fixture.build(next, into: output)
      #expect(rebuilt.status == 0, "\(rebuilt.stderr)")
      #expect(try Manifest.of(output) == references[next])
      // (The build's cache, `.Output.cache`, is written under a temporary name that the next
      // build removes, like the staging folder.)
      #expect(try entries(of: site) == [".Output.cache", ".Output.lock", "Output"])
      current = next
    }
    print(
      "fault injection: \(Self.kills) builds of \(Self.taskCount) tasks killed "
        + "(build \(String(format: "%.2f", duration)) s): \(outcomes.before) left the site before, "
        + "\(outcomes.after) the site after, \(outcomes.leftovers) left folders that the next "
        + "build removed")
  }

  @Test func killedImportsLeaveTheContentBeforeOrAfter() throws {
    let fixture = try Fixture()
    // The content after importing each version over the other, hidden folders left out.
    var references: [String] = []
    var duration = 0.0
    for version in 0..<2 {
      let content = fixture.contents[version]
      try #require(
        try ReportSiteBinary.run(["import", fixture.texts[1 - version], "--content", content])
          .status == 0)
      let start = ContinuousClock.now
      let replaced = try ReportSiteBinary.run([
        "import", fixture.texts[version], "--content", content, "--force",
      ])
      duration = max(duration, seconds(since: start))
      try #require(replaced.status == 0, "\(replaced.stderr)")
      references.append(try Manifest.of(content, skippingHidden: true))
    }
    try #require(references[0] != references[1])
    let content = fixture.folder + "/site/Content"
    let report = try #require(
      try FileManager.default.contentsOfDirectory(atPath: fixture.contents[0] + "/reports").first)
    let rounds = content + "/reports/" + report + "/rounds"
    try #require(
      try ReportSiteBinary.run(["import", fixture.texts[0], "--content", content]).status == 0)
    var random = SplitMix(state: Self.seed &+ 1)
    var current = 0
    var outcomes = (before: 0, after: 0, recovered: 0)
    for _ in 0..<Self.kills {
      let next = 1 - current
      let running = try RunningCommand(
        ["import", fixture.texts[next], "--content", content, "--force"],
        logs: fixture.folder)
      Thread.sleep(forTimeInterval: random.fraction() * duration * 1.2)
      running.killHard()
      let manifest = try Manifest.of(content, skippingHidden: true)
      #expect(manifest == references[current] || manifest == references[next])
      if manifest == references[current] { outcomes.before += 1 } else { outcomes.after += 1 }
      let imported = try ReportSiteBinary.run([
        "import", fixture.texts[next], "--content", content, "--force",
      ])
      #expect(imported.status == 0, "\(imported.stderr)")
      #expect(try Manifest.of(content, skippingHidden: true) == references[next])
      outcomes.recovered += imported.output.components(separatedBy: "interrupted import").count - 1
      // Only replaced rounds are left, as the README promises, and no staging folder; they are
      // removed here so that the test does not pile them up.
      for name in try entries(of: rounds) where name.hasPrefix(".") {
        #expect(name.hasPrefix(".2021-06-30.replaced-"), "left in rounds/: \(name)")
        try FileManager.default.removeItem(atPath: rounds + "/" + name)
      }
      #expect(try entries(of: content) == ["reports", "site.yml"])
      current = next
    }
    print(
      "fault injection: \(Self.kills) imports of \(Self.taskCount) tasks killed "
        + "(import \(String(format: "%.2f", duration)) s): \(outcomes.before) left the content "
        + "before, \(outcomes.after) after, \(outcomes.recovered) replaced rounds recovered")
  }
}
