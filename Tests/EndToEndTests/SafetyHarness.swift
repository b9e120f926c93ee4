import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// A `report-site` process started and left running, to be waited for or killed; its output
/// goes to files, so that it never blocks on a full pipe.
final class RunningCommand {
  let process = Process()
  private let outPath: String
  private let errPath: String

  init(_ arguments: [String], logs folder: String) throws {
    let name = UUID().uuidString
    outPath = folder + "/\(name).out"
    errPath = folder + "/\(name).err"
    _ = FileManager.default.createFile(atPath: outPath, contents: nil)
    _ = FileManager.default.createFile(atPath: errPath, contents: nil)
    process.executableURL = ReportSiteBinary.url
    process.arguments = arguments
    process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
    process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
    try process.run()
  }

  var pid: Int32 { process.processIdentifier }

  /// Waits for the process to end and returns what it printed.
  func wait() -> CommandResult {
    process.waitUntilExit()
    let result = CommandResult(
      status: process.terminationStatus,
      stdout: FileManager.default.contents(atPath: outPath) ?? Data(),
      stderr: String(
        decoding: FileManager.default.contents(atPath: errPath) ?? Data(), as: UTF8.self))
    try? FileManager.default.removeItem(atPath: outPath)
    try? FileManager.default.removeItem(atPath: errPath)
    return result
  }

  /// What the process has printed to standard error so far.
  var errorsSoFar: String {
    String(decoding: FileManager.default.contents(atPath: errPath) ?? Data(), as: UTF8.self)
  }

  /// Stops the process (`SIGSTOP`) until `resume()`: whatever it holds, it holds until then.
  func pause() { kill(process.processIdentifier, SIGSTOP) }

  /// Lets a paused process go on (`SIGCONT`).
  func resume() { kill(process.processIdentifier, SIGCONT) }

  /// `kill -9`, then waits for the process to go.
  func killHard() {
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
  }
}

/// Every file under a folder with the SHA-1 of its bytes, as text (`sha1sum`'s lines, sorted by
/// path), and every folder: two folders with equal manifests hold the same bytes.
enum Manifest {
  /// The manifest of `folder`; names starting with `.` are left out when `skippingHidden`. An
  /// empty string when `folder` does not exist.
  static func of(_ folder: String, skippingHidden: Bool = false) throws -> String {
    guard FileManager.default.fileExists(atPath: folder) else { return "" }
    let hidden = skippingHidden ? "-name '.*' -prune -o" : ""
    let script = """
      cd "$1" && find . -mindepth 1 \(hidden) -type d -print | LC_ALL=C sort && \
      find . -mindepth 1 \(hidden) -type f -print0 | LC_ALL=C sort -z | xargs -0 -r sha1sum
      """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", script, "manifest", folder]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "manifest of \(folder) failed")
    return String(decoding: data, as: UTF8.self)
  }
}

/// The names in `folder`, hidden ones too, sorted, without the previous site a build keeps beside its output
/// for the next build (`.Output.back`; see `OutputDirectory+BackTree.swift`).
func entries(of folder: String) throws -> [String] {
  try FileManager.default.contentsOfDirectory(atPath: folder)
    .filter { !($0.hasPrefix(".") && $0.hasSuffix(".back")) }.sorted()
}

/// Deterministic report texts of any size in the report text format (six sections, three
/// subsections each but the last, one to three units a task), in versions that differ in
/// statuses and narratives: version 1 of a report is version 0 edited in every fifth task.
struct SyntheticText {
  var taskCount: Int

  static let units = ["区发改委", "区商务局", "区教体局", "区民政局", "区住建局", "区城管局", "区财政局", "区科工局"]
  static let statuses = ["推进中", "已完成", "已完成并长期坚持", "进度滞后", "未启动"]
  static let numerals = ["一", "二", "三", "四", "五", "六"]

  func text(version: Int, date: String = "2021-06-30") -> String {
    var lines = [
      "索引号: | s000000-0000-0000-0001 | 主题分类: | |",
      "发布机构: | 示例区人民政府 | 生成日期: | \(date) |",
      "文件编号: | 有效性: | 有效 | |",
      "公开范围: | 面向全社会 | 公开方式: | 主动公开 |",
      "示例区政府工作报告重点任务的落实情况如下:",
    ]
    var current: (section: Int, subsection: Int?) = (0, nil)
    for number in 1...taskCount {
      let section = min(6, (number - 1) * 6 / taskCount + 1)
      let first = (section - 1) * taskCount / 6 + 1
      let subsection =
        section == 6 ? nil : min(3, (number - first) * 3 / max(1, taskCount / 6) + 1)
      if section != current.section {
        lines.append("\(Self.numerals[section - 1])、第\(section)部分的工作")
        current = (section, nil)
      }
      if let subsection, subsection != current.subsection {
        lines.append("(\(Self.numerals[subsection - 1]))第\(subsection)小节")
        current.subsection = subsection
      }
      let edited = version > 0 && number % 5 == 0
      let units = (0...(number % 3)).map { Self.units[(number * 7 + $0 * 3) % Self.units.count] }
      let status = Self.statuses[(number + (edited ? 1 : 0)) % Self.statuses.count]
      let narrative =
        String(repeating: "完成第\(number)项工作的第\(version)阶段;", count: 2 + number % 9)
      lines.append("\(number).推进第\(number)项重点工作,确保按期完成。")
      lines.append("责任单位:" + units.joined(separator: "、"))
      lines.append("贯彻落实情况:\(status)。" + (edited ? "已按计划调整。" : "") + narrative)
    }
    return lines.joined(separator: "\n") + "\n"
  }
}

/// A small deterministic random number generator (SplitMix64) for kill times.
struct SplitMix {
  var state: UInt64

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A number in `0..<1`.
  mutating func fraction() -> Double { Double(next() >> 11) / Double(1 << 53) }
}

/// Seconds since `start`.
func seconds(since start: ContinuousClock.Instant) -> Double {
  let elapsed = ContinuousClock.now - start
  return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}
