import Foundation
import ReportModel
import ReportText
import Testing

@testable import ReportTable

/// A task's content, without where it was read from.
struct TaskContent: Hashable, CustomStringConvertible {
  var number: Int
  var section: Int
  var subsection: Int?
  var text: String
  var units: [String]
  var status: String
  var narrative: String

  init(_ task: KeyTask) {
    number = task.number
    section = task.section
    subsection = task.subsection
    text = task.text
    units = task.units
    status = task.status
    narrative = task.narrative
  }

  var description: String { "\(number) \(text) \(units) \(status)" }
}

let importer = TableImporter(
  labels: .builtIn, vocabulary: .standard, configSource: "Content/site.yml")

/// Imports a fixture; the outcome's round must exist.
func importFixture(
  _ name: String, sheet: String? = nil, date: String? = nil
) throws -> (round: Round, outcome: TableImporter.Outcome) {
  let document = try TableFixture.document(name)
  let outcome = importer.read(document, path: name, sheet: sheet, date: date.flatMap(ISODate.init))
  let round = try #require(outcome.round, "\(outcome.diagnostics.map(\.description))")
  return (round, outcome)
}

let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent()

@Suite struct SeedTableTests {
  /// The seed as report text, parsed by ReportText: the oracle.
  static func seedRound() throws -> Round {
    let path = repositoryRoot.appendingPathComponent("Tests/ReportTextTests/Fixtures/seed.txt").path
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let parsed = ReportTextParser(vocabulary: .standard).parse(text, path: "seed.txt")
    return try #require(parsed.round)
  }

  @Test(arguments: ["seed.csv", "seed.xlsx", "seed.docx"])
  func tableImportsAsTheText(name: String) throws {
    let expected = try Self.seedRound()
    let (round, outcome) = try importFixture(name)
    #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics.map(\.description))")
    #expect(round.id.rawValue == "2020-12-16")
    #expect(round.tasks.count == 78)
    #expect(round.tasks.map(TaskContent.init) == expected.tasks.map(TaskContent.init))
    #expect(round.sections == expected.sections)
    // The seed states no roles and no leaders: the first unit leads.
    #expect(round.tasks.allSatisfy { $0.unitRoles.isEmpty && $0.leaders.isEmpty })
    #expect(round.tasks.allSatisfy { $0.role(ofUnitAt: 0) == .lead })
  }
}
