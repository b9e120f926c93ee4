import Foundation
import ReportModel
import Testing

@testable import ReportContent

@Suite struct Check {
  let id = RoundID("2020-12-16")!

  func errors(_ layout: ContentLayout) -> [Diagnostic] {
    ContentReader(layout: layout).read().diagnostics
  }

  @Test func cleanSeedHasNoDiagnostics() throws {
    let layout = try seedContent()
    #expect(errors(layout).isEmpty)
  }

  @Test func unknownStatusNamesFileLineColumnAndTheFix() throws {
    let layout = try seedContent()
    let path = layout.taskFile(id, number: 17)
    try replace(in: path, "status: 已完成\n", with: "status: 基本完成\n")
    let diagnostic = try #require(errors(layout).first { $0.severity == .error })
    #expect(diagnostic.location == SourceLocation(path: path, line: 8, column: 9))
    #expect(diagnostic.message == "unknown status \"基本完成\"")
    #expect(diagnostic.notes.first?.contains("statuses in \(layout.siteFile)") == true)
  }

  @Test func malformedFrontMatterIsReportedAtItsLine() throws {
    let layout = try seedContent()
    let path = layout.taskFile(id, number: 5)
    try replace(in: path, "units:\n  - 区商务局\n", with: "units: [区商务局\n")
    let diagnostic = try #require(errors(layout).first { $0.location.path == path })
    #expect(diagnostic.severity == .error)
    #expect(diagnostic.message.hasPrefix("malformed YAML"))
    #expect(diagnostic.location.line >= 6)
  }

  @Test func everyProblemIsCollected() throws {
    let layout = try seedContent()
    try replace(in: layout.taskFile(id, number: 3), "number: 3\n", with: "number: 2\n")
    try replace(in: layout.taskFile(id, number: 4), "units:\n  - 区卫生健康委\n", with: "units: []\n")
    try replace(in: layout.taskFile(id, number: 6), "status: 已完成并长期坚持\n", with: "")
    try replace(in: layout.taskFile(id, number: 8), "  - 区商务局\n", with: "  - 区商务厅\n")
    try replace(in: layout.taskFile(id, number: 9), "subsection: 二\n", with: "subsection: 九\n")
    try FileManager.default.removeItem(atPath: layout.taskFile(id, number: 40))
    let found = errors(layout)
    func has(_ severity: Diagnostic.Severity, _ number: Int, _ message: String) -> Bool {
      found.contains {
        $0.severity == severity && $0.location.path == layout.taskFile(id, number: number)
          && $0.message.contains(message)
      }
    }
    #expect(has(.error, 3, "duplicate task number 2"))
    #expect(has(.error, 4, "task 4 has no responsible unit"))
    #expect(has(.error, 6, "missing `status`"))
    #expect(has(.warning, 8, "unknown unit \"区商务厅\""))
    #expect(found.first { $0.message.contains("区商务厅") }?.notes.first == "did you mean \"区商务局\"?")
    #expect(has(.error, 9, "section 一 has no subsection (九)"))
    #expect(has(.warning, 41, "task 41 follows task 39"))
    #expect(has(.warning, 3, "is in a file named 3.md"))
  }

  @Test func aliasesResolveWithoutWarnings() throws {
    let layout = try seedContent()
    let report = try #require(ContentReader(layout: layout).read().report)
    #expect(report.config.units.canonicalName(for: "区人社局") == "区人力资源和社会保障局")
    #expect(report.config.units.canonicalName(for: "区人力资源和社会保障局") == "区人力资源和社会保障局")
  }
}
