import Foundation

/// The import of a scenario's first report text (its latest round when it has one round):
/// `report-site import` of N tasks into an empty `Content/`, under `/usr/bin/time -v`.
struct ImportRow {
  let scenario: String
  let tasks: Int
  let measurement: Measurement

  static let header = [
    "| import of | tasks | wall s | CPU s | peak MiB | ms per task |",
    "| --- | --- | --- | --- | --- | --- |",
  ]

  var row: String {
    String(
      format: "| %@ | %d | %.2f | %.2f | %.0f | %.3f |", scenario, tasks,
      measurement.wallSeconds, measurement.cpuSeconds, measurement.peakMiB,
      measurement.wallSeconds * 1000 / Double(max(1, tasks)))
  }

  /// Imports `report` into `content`, measured; stops the bench when the import fails.
  static func run(binary: String, report: String, content: String) throws -> Measurement {
    let run = try Measurement.run([binary, "import", report, "--content", content])
    if run.status != 0 { fail("import failed:\n\(run.errorOutput)") }
    return run
  }
}
