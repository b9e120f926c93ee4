import ReportModel
import Testing

@testable import ReportText

/// Generated reports in every layout: each imports to exactly the tasks generated, and none is
/// refused.
@Suite struct GeneratedReports {
  @Test func everyGeneratedReportImportsToItsTasks() throws {
    var random = SeededGenerator(state: 20_201_216)
    var tasks = 0
    for index in 0..<1000 {
      let report = GeneratedReport.make(&random)
      let (round, diagnostics) = parser.parse(report.text, path: "generated-\(index).txt")
      #expect(!diagnostics.hasErrors, "report \(index): \(diagnostics)\n\(report.text)")
      guard let round else { continue }
      let read = round.tasks.map(GeneratedReport.ExpectedFields.init)
      #expect(read == report.tasks, "report \(index):\n\(report.text)")
      #expect(round.id.rawValue == "2020-12-16")
      tasks += read.count
      if read != report.tasks { break }
    }
    #expect(tasks > 5000)
  }
}
