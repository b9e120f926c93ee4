import Foundation
import ReportModel
import ReportText
import Testing

@testable import ReportContent

/// The folder of this test process: every test's folder is made inside it, and it is removed when
/// the process exits.
let testRunFolder: String = {
  let path = NSTemporaryDirectory() + "report-site-tests-" + UUID().uuidString
  atexit { removeTestRunFolder() }
  return path
}()

private func removeTestRunFolder() {
  do {
    try FileManager.default.removeItem(atPath: testRunFolder)
  } catch CocoaError.fileNoSuchFile {
    // No test made a folder.
  } catch {
    FileHandle.standardError.write(Data("could not remove \(testRunFolder): \(error)\n".utf8))
  }
}

/// A fresh temporary folder for one test.
func temporaryFolder() throws -> String {
  let path = testRunFolder + "/" + UUID().uuidString
  try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  return path
}

func seedRound() throws -> Round {
  let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../ReportTextTests/Fixtures/seed.txt")
  let text = try String(contentsOf: url, encoding: .utf8)
  return try #require(ReportTextParser(vocabulary: .standard).parse(text, path: "seed.txt").round)
}

func seedText() throws -> String {
  let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../ReportTextTests/Fixtures/seed.txt")
  return try String(contentsOf: url, encoding: .utf8)
}

/// A Content/ folder holding the seed, with the aliases the repository's site.yml declares.
func seedContent() throws -> ContentLayout {
  let layout = ContentLayout(root: try temporaryFolder() + "/Content")
  let round = try seedRound()
  var units = UnitDirectory()
  units.add(UnitDefinition(name: "区人力资源和社会保障局", aliases: ["区人社局"]))
  units.add(UnitDefinition(name: "区政府办", aliases: ["区政府办(区外办)"]))
  let merged: Set = ["区人社局", "区人力资源和社会保障局", "区政府办", "区政府办(区外办)"]
  for name in Set(round.tasks.flatMap(\.units)).sorted() where !merged.contains(name) {
    units.add(UnitDefinition(name: name))
  }
  let config = SiteConfig(title: "测试", publisher: "测试机构", units: units)
  _ = try ContentWriter(layout: layout).write(round, config: config, force: false)
  return layout
}

func replace(in path: String, _ old: String, with new: String) throws {
  let text = try String(contentsOfFile: path, encoding: .utf8)
  #expect(text.contains(old), "\(path) does not contain \(old)")
  try text.replacingOccurrences(of: old, with: new).write(
    toFile: path, atomically: true, encoding: .utf8)
}

@Suite struct ContentRoundTrip {
  @Test func seedSurvivesContentAndExportsByteForByte() throws {
    let layout = try seedContent()
    let (report, diagnostics) = ContentReader(layout: layout).read()
    #expect(!diagnostics.hasErrors, "\(diagnostics)")
    let round = try #require(report?.latest)
    let original = try seedRound()
    #expect(round.tasks.count == 78)
    #expect(round.tasks.map(\.text) == original.tasks.map(\.text))
    #expect(round.tasks.map(\.units) == original.tasks.map(\.units))
    #expect(round.tasks.map(\.status) == original.tasks.map(\.status))
    #expect(round.tasks.map(\.narrative) == original.tasks.map(\.narrative))
    #expect(round.tasks.map(\.subsection) == original.tasks.map(\.subsection))
    #expect(round.metadata == original.metadata)
    #expect(round.sections == original.sections)
    #expect(ReportTextPrinter.text(for: round) == (try seedText()))
  }

  @Test func anEditInATaskFileShowsAtTheNextRead() throws {
    let layout = try seedContent()
    let id = try #require(RoundID("2020-12-16"))
    let path = layout.taskFile(id, number: 7)
    try replace(in: path, "status: 推进中\n", with: "status: 已完成\n")
    try replace(in: path, "新老表集团", with: "新老表集团公司")
    let round = try #require(ContentReader(layout: layout).read().report?.latest)
    let task = try #require(round.tasks.first { $0.number == 7 })
    #expect(task.status == "已完成")
    #expect(task.narrative.contains("新老表集团公司"))
    let exported = ReportTextPrinter.text(for: round)
    #expect(exported.contains("贯彻落实情况:已完成。引进新老表集团公司"))
  }

  @Test func writingAnExistingRoundNeedsForceAndKeepsTheOldOne() throws {
    let layout = try seedContent()
    let round = try seedRound()
    let writer = ContentWriter(layout: layout)
    #expect(throws: ContentError.self) {
      try writer.write(round, config: SiteConfig(title: "x"), force: false)
    }
    let outcome = try writer.write(round, config: SiteConfig(title: "x"), force: true)
    let kept = try #require(outcome.previousKeptAt)
    #expect(FileManager.default.fileExists(atPath: kept + "/17.md"))
    // A kept copy is not read as a round.
    #expect(ContentReader(layout: layout).read().report?.rounds.count == 1)
  }
}
