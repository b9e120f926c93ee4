import Foundation

/// `--sizes longname`: the seed with a unit name of 1,048,576 characters (a pasted paragraph),
/// once in a task file and once in site.yml. `check` and `build` must refuse it at once, with
/// its place, rather than spend minutes transliterating it for a slug or comparing it with every
/// known name.
enum LongName {
  static let name = String(repeating: "区商务局", count: 262_144)

  /// Runs the case in `folder`; returns the rows of its table.
  static func run(binary: String, templates: String, seedFile: String, folder: String) throws
    -> [String]
  {
    var rows: [String] = []
    for place in ["a task file", "site.yml"] {
      let content = folder + "/" + (place == "site.yml" ? "site" : "task") + "/Content"
      runQuietly([binary, "import", seedFile, "--content", content])
      let (path, old) =
        place == "site.yml"
        ? (content + "/site.yml", "  - name: 区商务局\n")
        : (content + "/reports/2020/rounds/2020-12-16/5.md", "  - 区商务局\n")
      let text = try String(contentsOfFile: path, encoding: .utf8)
      guard text.contains(old) else { fail("\(path) does not name 区商务局") }
      try text.replacingOccurrences(of: old, with: old.replacingOccurrences(of: "区商务局", with: name))
        .write(toFile: path, atomically: true, encoding: .utf8)
      let check = try Measurement.run([binary, "check", "--content", content])
      let build = try Measurement.run([
        binary, "build", "--content", content, "--output", folder + "/Output",
        "--templates", templates,
      ])
      for run in [check, build] where run.status != 1 {
        fail("expected exit status 1 for a 1 MB unit name in \(place):\n\(run.errorOutput)")
      }
      let message =
        build.errorOutput.split(separator: "\n").first { $0.contains(": error: ") }
        .map { String($0.split(separator: "/").last ?? "") } ?? "?"
      rows.append(
        String(
          format: "| 1 MB unit name in %@ | %.2f | %.2f | %.2f | %.0f | `%@` |", place,
          check.wallSeconds, build.wallSeconds, build.cpuSeconds, build.peakMiB, message))
    }
    return rows
  }

  static let header = [
    "| case | check wall s | build wall s | build CPU s | build peak MiB | first error |",
    "| --- | --- | --- | --- | --- | --- |",
  ]
}
