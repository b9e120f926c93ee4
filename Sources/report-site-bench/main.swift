import Foundation

// report-site-bench: builds synthetic sites of growing size with the release binary of
// report-site and prints wall time, CPU time, peak memory, files written and rebuild costs.
//
//   swift build -c release && .build/release/report-site-bench [--sizes seed,1000,10000,10000x4]
//       (any N or NxK among the sizes: e.g. 100000 for the 100,000-task row, a minute or more)
//       (`longname` among the sizes: a 1 MB unit name, which check and build must refuse at once)
//       [--binary .build/release/report-site] [--templates Templates] [--work /tmp/report-site-bench]
//       [--hugo] [--serve-only] [--repeat 3]
//   --serve-only: for each size of one round, import and time `serve` alone (no build rows)
//   --repeat N: each full build (ours and, with --hugo, Hugo's) N times, interleaved
//       (ours, Hugo, ours, Hugo, …), each into a fresh folder; the rows give the median with
//       the fastest and slowest beside it (default 3; --repeat 1 for a quick run)

struct Scenario {
  var name: String
  var tasks: Int
  var rounds: Int
}

var options: [String: String] = [:]
var flags: Set<String> = []
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
  if argument == "--hugo" || argument == "--help" || argument == "--serve-only" {
    flags.insert(argument)
  } else if argument.hasPrefix("--"), let value = arguments.popFirst() {
    options[String(argument.dropFirst(2))] = value
  } else {
    FileHandle.standardError.write(Data("report-site-bench: unexpected \(argument)\n".utf8))
    exit(2)
  }
}
if flags.contains("--help") {
  print(
    "usage: report-site-bench [--sizes seed,1000,10000,10000x4] [--binary PATH] "
      + "[--templates DIR] [--seed FILE] [--work DIR] [--hugo] [--serve-only] [--repeat N]\n"
      + "  --serve-only: import each size of one round and time only `serve` (five saves)\n"
      + "  --repeat N: make each full build N times (default 3), ours and Hugo's interleaved\n"
      + "    (ours, Hugo, ours, Hugo, …) so that a change of load falls on both, each into a\n"
      + "    fresh folder; a row gives the median and, beside it, the fastest and slowest run;\n"
      + "    --repeat 1 for a quick run")
  exit(0)
}
guard let repeats = Int(options["repeat"] ?? "3"), repeats >= 1 else {
  FileHandle.standardError.write(
    Data("report-site-bench: --repeat takes a whole number of 1 or more\n".utf8))
  exit(2)
}
let serveOnly = flags.contains("--serve-only")
let binary = options["binary"] ?? ".build/release/report-site"
let templates = options["templates"] ?? "Templates"
let seedFile = options["seed"] ?? "Tests/ReportTextTests/Fixtures/seed.txt"
let work = options["work"] ?? NSTemporaryDirectory() + "report-site-bench"
let sizes = (options["sizes"] ?? "seed,1000,10000,10000x4").split(separator: ",")
let scenarios: [Scenario] = sizes.filter { $0 != "longname" }
  .map { spec in
    if spec == "seed" { return Scenario(name: "seed (78)", tasks: 0, rounds: 1) }
    let parts = spec.split(separator: "x")
    let tasks = Int(parts[0]) ?? 1000
    let rounds = parts.count > 1 ? Int(parts[1]) ?? 1 : 1
    return Scenario(name: "\(tasks) × \(rounds)", tasks: tasks, rounds: rounds)
  }
guard FileManager.default.isExecutableFile(atPath: binary) else {
  FileHandle.standardError.write(
    Data("report-site-bench: no binary at \(binary); run `swift build -c release` first\n".utf8))
  exit(1)
}

func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data("report-site-bench: \(message)\n".utf8))
  exit(1)
}

func runQuietly(_ arguments: [String]) {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: arguments[0])
  process.arguments = Array(arguments.dropFirst())
  process.standardOutput = FileHandle.nullDevice
  process.standardError = FileHandle.nullDevice
  do { try process.run() } catch { fail("cannot run \(arguments[0]): \(error)") }
  process.waitUntilExit()
  if process.terminationStatus != 0 { fail("failed: \(arguments.joined(separator: " "))") }
}

let dates = ["2020-03-31", "2020-06-30", "2020-09-30", "2020-12-16"]
let trash = work + "/.trash"

/// A scenario's first build, measured.
struct FirstBuild {
  let scenario: Scenario
  let folder: String
  let taskCount: Int
  let command: [String]
  let measurement: RepeatedBuild
  let files: [String: Date]
  let floor: WriteFloor.Result
  let hugo: (measurement: RepeatedBuild, files: Int)?
}

print("report-site-bench: \(ProcessInfo.processInfo.activeProcessorCount) cores, binary \(binary)")
// A 1 MB unit name: check and build refuse it at once (see LongName).
if sizes.contains("longname") {
  let folder = work + "/longname"
  if FileManager.default.fileExists(atPath: folder) {
    try FileManager.default.removeItem(atPath: folder)
  }
  let rows = try LongName.run(
    binary: binary, templates: templates, seedFile: seedFile, folder: folder)
  print((LongName.header + rows).joined(separator: "\n") + "\n")
  try FileManager.default.removeItem(atPath: folder)
}
// First every scenario's first build, then every rebuild: a rebuild replaces a whole site and
// removes the old one, and on this machine's ext4 (no journal, mounted with discard) files
// created in the minutes after a mass deletion take far longer to create, which would bill one
// scenario's rebuild to the next scenario's first build.
var firstBuilds: [FirstBuild] = []
var imports: [ImportRow] = []
// The repeated builds' extra outputs, removed after the last measurement.
var extraOutputs: [String] = []
for scenario in scenarios {
  let folder = work + "/" + scenario.name.filter { $0.isASCII && ($0.isLetter || $0.isNumber) }
  // A previous run's folder is moved aside now and removed after the last measurement.
  if FileManager.default.fileExists(atPath: folder) {
    try FileManager.default.createDirectory(atPath: trash, withIntermediateDirectories: true)
    try FileManager.default.moveItem(
      atPath: folder, toPath: trash + "/\(UUID().uuidString)")
  }
  try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  let content = folder + "/Content"
  let output = folder + "/Output"
  var taskCount = scenario.tasks
  if scenario.tasks == 0 {
    runQuietly([binary, "import", seedFile, "--content", content])
    taskCount = 78
  } else {
    let report = SyntheticReport(
      taskCount: scenario.tasks, roundDates: Array(dates.suffix(scenario.rounds)))
    for round in 0..<scenario.rounds {
      let path = folder + "/report-\(round).txt"
      try report.text(round: round).write(toFile: path, atomically: true, encoding: .utf8)
      let run = try ImportRow.run(binary: binary, report: path, content: content)
      if round == 0 {
        imports.append(
          ImportRow(scenario: scenario.name, tasks: scenario.tasks, measurement: run))
      }
    }
  }
  if serveOnly {
    guard scenario.rounds == 1 else { continue }
    if scenario.name == scenarios.first(where: { $0.rounds == 1 })?.name {
      print(ServeLatency.header.joined(separator: "\n"))
    }
    let serve = try ServeLatency.measure(
      binary: binary, content: content, templates: templates, edits: 5)
    print(ServeLatency.row(scenario.name, serve))
    continue
  }
  func buildCommand(into output: String) -> [String] {
    [binary, "build", "--content", content, "--output", output, "--templates", templates]
  }
  let build = buildCommand(into: output)
  let hugoFolder = folder + "/hugo"
  let withHugo = flags.contains("--hugo") && scenario.tasks > 0
  if withHugo {
    let report = SyntheticReport(
      taskCount: scenario.tasks, roundDates: Array(dates.suffix(scenario.rounds)))
    try HugoSite.write(report, round: scenario.rounds - 1, to: hugoFolder)
  }
  // Ours, Hugo, ours, Hugo, …: each run into a folder of its own; the first output stays for
  // the rebuilds below.
  var ours: [Measurement] = []
  var hugoRuns: [Measurement] = []
  for index in 0..<repeats {
    let suffix = index == 0 ? "" : "-\(index + 1)"
    let run = try Measurement.run(buildCommand(into: output + suffix))
    if run.status != 0 { fail("build failed:\n\(run.errorOutput)") }
    ours.append(run)
    if index > 0 { extraOutputs.append(output + suffix) }
    guard withHugo else { continue }
    let hugoRun = try Measurement.run([
      "/usr/bin/hugo", "--quiet", "-s", hugoFolder, "-d", hugoFolder + "/public" + suffix,
    ])
    if hugoRun.status != 0 { fail("hugo failed:\n\(hugoRun.errorOutput)") }
    hugoRuns.append(hugoRun)
    if index > 0 { extraOutputs.append(hugoFolder + "/public" + suffix) }
  }
  let first = RepeatedBuild(ours)
  let files = modificationTimes(output)
  let floor = try WriteFloor.measure(copying: output, into: folder + "/floor")
  var hugo: (RepeatedBuild, Int)?
  if withHugo {
    hugo = (RepeatedBuild(hugoRuns), modificationTimes(hugoFolder + "/public").count)
  }
  var line = scenario.name + ": built in " + first.wallText + " s"
  if let (hugoBuild, _) = hugo {
    line += String(
      format: "; Hugo %@ s, %.1f× ours", hugoBuild.wallText,
      hugoBuild.wallSeconds / first.wallSeconds)
  }
  print(line + (repeats > 1 ? " (medians of \(repeats), fastest–slowest in brackets)" : ""))
  firstBuilds.append(
    FirstBuild(
      scenario: scenario, folder: folder, taskCount: taskCount, command: build,
      measurement: first, files: files, floor: floor, hugo: hugo))
}

var rows: [String] = []
var editRows: [String] = []
var serveRows: [String] = []
for first in firstBuilds {
  let output = first.folder + "/Output"
  let content = first.folder + "/Content"
  Thread.sleep(forTimeInterval: 1.1)
  let again = try Measurement.run(first.command)
  let afterAgain = modificationTimes(output)
  let rewrittenAgain = afterAgain.filter { first.files[$0.key] != $0.value }.count
  // Change one task's status in the latest round.
  let taskFile = try EditRebuild.latestRoundFolder(content: content) + "/1.md"
  var text = try String(contentsOfFile: taskFile, encoding: .utf8)
  let statusLine = text.split(separator: "\n").first { $0.hasPrefix("status:") }!
  let newStatus = statusLine == "status: 已完成" ? "status: 推进中" : "status: 已完成"
  text = text.replacingOccurrences(of: String(statusLine) + "\n", with: newStatus + "\n")
  try text.write(toFile: taskFile, atomically: true, encoding: .utf8)
  Thread.sleep(forTimeInterval: 1.1)
  let changed = try Measurement.run(first.command)
  let afterChange = modificationTimes(output)
  let rewrittenChange = afterChange.filter { afterAgain[$0.key] != $0.value }.count
  // Edit one narrative in the latest round: only what reads it is rendered again.
  let edit = try EditRebuild.run(command: first.command, content: content, output: output)
  let editRow = String(
    format: "| %@ | %.2f | %.2f | %d | %d | %d | %@ |", first.scenario.name,
    edit.measurement.wallSeconds, edit.measurement.cpuSeconds, edit.rendered, edit.kept,
    edit.rewritten.count, edit.rewritten.prefix(12).joined(separator: ", "))
  print(editRow)
  editRows.append(editRow)
  if first.scenario.rounds == 1 {
    let serve = try ServeLatency.measure(
      binary: binary, content: content, templates: templates, edits: 5)
    let serveRow = ServeLatency.row(first.scenario.name, serve)
    print(serveRow)
    serveRows.append(serveRow)
  }
  let build = first.measurement
  let row = String(
    format: "| %@ | %@ | %@ | %.0f | %d | %.0f | %.2f | %.3f | %.2f (%d) | %.2f (%d) |",
    first.scenario.name, build.wallText, build.cpuText, build.peakMiB, first.files.count,
    first.floor.megabytes, first.floor.seconds,
    build.wallSeconds * 1000 / Double(first.taskCount), again.wallSeconds, rewrittenAgain,
    changed.wallSeconds, rewrittenChange)
  print(row)
  rows.append(row)
  if let (hugo, files) = first.hugo {
    let hugoRow = String(
      format: "| Hugo %@ (1 round) | %@ | %@ | %.0f | %d | – | – | %.3f | – | – |",
      first.scenario.name, hugo.wallText, hugo.cpuText, hugo.peakMiB, files,
      hugo.wallSeconds * 1000 / Double(first.scenario.tasks))
    print(hugoRow)
    rows.append(hugoRow)
  }
}
for extra in extraOutputs {
  // The output, and what its builds keep beside it: `.Output-2.cache`, `.Output-2.lock`.
  let url = URL(fileURLWithPath: extra)
  let beside = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent)")
  for path in [extra, beside.path + ".cache", beside.path + ".lock", beside.path + ".warnings"]
  where path == extra || FileManager.default.fileExists(atPath: path) {
    do { try FileManager.default.removeItem(atPath: path) } catch {
      fail("cannot remove \(path): \(error)")
    }
  }
}
try? FileManager.default.removeItem(atPath: trash)
if !imports.isEmpty {
  print("")
  for line in ImportRow.header + imports.map(\.row) { print(line) }
}
if rows.isEmpty { exit(0) }
print("")
let median = repeats > 1 ? ", median (min–max) of \(repeats)" : ""
print(
  "| tasks × rounds | build wall s\(median) | CPU s\(median) | peak MiB | files | MiB written "
    + "| writing those files alone s | ms per task "
    + "| no-change rebuild s (files rewritten) | one-status rebuild s (files rewritten) |")
print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
for row in rows { print(row) }
print("")
print(
  "| tasks × rounds | one-narrative rebuild wall s | CPU s | pages rendered | files kept "
    + "| files rewritten | rewritten (first 12) |")
print("| --- | --- | --- | --- | --- | --- | --- |")
for row in editRows { print(row) }
if !serveRows.isEmpty {
  print("")
  print(ServeLatency.header.joined(separator: "\n"))
  for row in serveRows { print(row) }
}
