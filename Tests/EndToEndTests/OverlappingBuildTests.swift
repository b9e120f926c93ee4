import Foundation
import Testing

/// Two builds into one Output/ at once (an editor saves and builds while the last build runs):
/// the second waits for the first and then compares against the site the first put in place,
/// so the final Output/ is exactly the build of the final content; with `--no-wait` it stops.
@Suite struct OverlappingBuilds {
  let templates = repositoryRoot.appendingPathComponent("Templates").path

  func build(_ content: String, into output: String, extra: [String] = []) -> [String] {
    ["build", "--content", content, "--templates", templates, "--output", output] + extra
  }

  /// Waits until the lock file beside an output names `pid` (the build holds the lock).
  func waitForLock(_ lockFile: String, heldBy pid: Int32) throws {
    let start = ContinuousClock.now
    while (try? String(contentsOfFile: lockFile, encoding: .utf8)) != "\(pid)\n" {
      try #require(seconds(since: start) < 60, "the first build never took the lock")
      Thread.sleep(forTimeInterval: 0.005)
    }
  }

  @Test func theLastBuildPublishesTheLastContentWhole() throws {
    let folder = try temporaryFolder()
    let content = folder + "/Content"
    let output = folder + "/Output"
    let report = SyntheticText(taskCount: 1000)
    try report.text(version: 0).write(toFile: folder + "/v0.txt", atomically: true, encoding: .utf8)
    try #require(
      try ReportSiteBinary.run(["import", folder + "/v0.txt", "--content", content]).status == 0)
    try #require(try ReportSiteBinary.run(build(content, into: output)).status == 0)

    // An edit of every fifth task, as an editor saves it, then a build...
    let round = content + "/reports/2021/rounds/2021-06-30"
    func edit(_ marker: String) throws {
      for number in stride(from: 5, through: 1000, by: 5) {
        let path = round + "/\(number).md"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try (text + marker + "\n").write(toFile: path, atomically: false, encoding: .utf8)
      }
    }
    try edit("第一次修改。")
    let first = try RunningCommand(build(content, into: output), logs: folder)
    try waitForLock(folder + "/.Output.lock", heldBy: first.pid)
    // The first build is held still with its lock, so the builds below meet it however fast it is
    // (a 1,000-task build can end before the next command starts).
    first.pause()
    defer { first.resume() }
    // ... a build that will not wait is refused while the first runs ...
    let refused = try ReportSiteBinary.run(build(content, into: output, extra: ["--no-wait"]))
    #expect(refused.status == 1)
    #expect(
      refused.stderr.contains(
        "error: another build (pid \(first.pid)) is writing this folder"), "\(refused.stderr)")
    // ... and another edit and build while the first still runs: it waits, then builds.
    try edit("第二次修改。")
    let second = try RunningCommand(build(content, into: output), logs: folder)
    let start = ContinuousClock.now
    while !second.errorsSoFar.contains("waiting for another build (pid \(first.pid))") {
      try #require(
        seconds(since: start) < 60, "the second build never waited: \(second.errorsSoFar)")
      Thread.sleep(forTimeInterval: 0.005)
    }
    first.resume()
    let firstResult = first.wait()
    let secondResult = second.wait()
    #expect(firstResult.status == 0, "\(firstResult.stderr)")
    #expect(secondResult.status == 0, "\(secondResult.stderr)")
    #expect(
      secondResult.stderr.contains("waiting for another build (pid \(first.pid))"),
      "\(secondResult.stderr)")

    // The published site is the build of the final content, file for file.
    let reference = folder + "/Reference"
    try #require(try ReportSiteBinary.run(build(content, into: reference)).status == 0)
    #expect(
      try Manifest.of(output, skippingHidden: true)
        == Manifest.of(reference, skippingHidden: true))
    #expect(
      try entries(of: folder).filter { $0.contains("Output") } == [
        ".Output.cache", ".Output.lock", "Output",
      ])
  }
}
