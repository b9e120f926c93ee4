import Foundation

/// The rebuild after one task's narrative is edited in the latest round: what it cost, and
/// what it rendered and rewrote.
enum EditRebuild {
  struct Result {
    var measurement: Measurement
    /// From `build --verbose`: pages rendered, files kept as they were.
    var rendered: Int
    var kept: Int
    /// Files whose modification time changed.
    var rewritten: [String]
  }

  /// Adds a sentence to the narrative of task `task` of the latest round (the text after the
  /// front matter), with a new modification time.
  static func editNarrative(content: String, task: Int) throws {
    let file = try latestRoundFolder(content: content) + "/\(task).md"
    var text = try String(contentsOfFile: file, encoding: .utf8)
    text += "\n本轮另行补充说明。\n"
    try text.write(toFile: file, atomically: true, encoding: .utf8)
  }

  /// The latest round's folder of the latest report (by name) that the bench's imports made
  /// (`Content/reports/<year>/rounds/<round>`).
  static func latestRoundFolder(content: String) throws -> String {
    func last(_ folder: String) throws -> String {
      try FileManager.default.contentsOfDirectory(atPath: folder)
        .filter { !$0.hasPrefix(".") }.sorted().last!
    }
    let reports = content + "/reports"
    let rounds = reports + "/" + (try last(reports)) + "/rounds"
    return rounds + "/" + (try last(rounds))
  }

  static func run(command: [String], content: String, output: String) throws -> Result {
    let before = modificationTimes(output)
    try editNarrative(content: content, task: 1)
    Thread.sleep(forTimeInterval: 1.1)
    let measurement = try Measurement.run(command + ["--verbose"])
    let after = modificationTimes(output)
    let rewritten = after.filter { before[$0.key] != $0.value }.keys.sorted()
    // `rendered 7 pages; kept 51224 files of the last build …`
    let line = measurement.errorOutput.split(separator: "\n").first {
      $0.contains("rendered ") && $0.contains("kept ")
    }
    let numbers = (line ?? "").split(separator: " ").compactMap { Int($0) }
    return Result(
      measurement: measurement, rendered: numbers.first ?? -1,
      kept: numbers.dropFirst().first ?? -1,
      rewritten: rewritten)
  }
}
