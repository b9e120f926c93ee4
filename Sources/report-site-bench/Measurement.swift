import Foundation

/// What `/usr/bin/time -v` says about one run of a command.
struct Measurement {
  var wallSeconds: Double
  var cpuSeconds: Double
  var peakMiB: Double
  var status: Int32
  var errorOutput: String

  /// Runs `arguments` under `/usr/bin/time -v` and reads its report.
  static func run(_ arguments: [String]) throws -> Measurement {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/time")
    process.arguments = ["-v"] + arguments
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    let data = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let text = String(decoding: data, as: UTF8.self)
    func value(_ label: String) -> String? {
      text.split(separator: "\n").first { $0.contains(label) }
        .map {
          String($0.split(separator: ":", maxSplits: 1)[1]).trimmingCharacters(in: .whitespaces)
        }
    }
    let user = Double(value("User time (seconds)") ?? "") ?? 0
    let system = Double(value("System time (seconds)") ?? "") ?? 0
    let peakKiB = Double(value("Maximum resident set size (kbytes)") ?? "") ?? 0
    return Measurement(
      wallSeconds: parseClock(value("Elapsed (wall clock) time") ?? "0"),
      cpuSeconds: user + system, peakMiB: peakKiB / 1024, status: process.terminationStatus,
      errorOutput: text)
  }

  /// `h:mm:ss` or `m:ss.ss`; the label itself contains colons, so take the last fields.
  private static func parseClock(_ text: String) -> Double {
    let fields = text.split(separator: ":").suffix(3).compactMap { Double($0) }
    return fields.reduce(0) { $0 * 60 + $1 }
  }
}

/// Files under a folder with their modification times, to count what a build rewrote.
func modificationTimes(_ folder: String) -> [String: Date] {
  var times: [String: Date] = [:]
  guard let walker = FileManager.default.enumerator(atPath: folder) else { return times }
  for case let relative as String in walker {
    let attributes = try? FileManager.default.attributesOfItem(atPath: folder + "/" + relative)
    if attributes?[.type] as? FileAttributeType == .typeRegular {
      times[relative] = attributes?[.modificationDate] as? Date
    }
  }
  return times
}
