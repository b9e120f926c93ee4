import Foundation

/// `report-site serve` on a scenario's content: the time from saving an edited narrative to
/// the end of the rebuild that shows it (serve's own log line `built … s after the change`
/// counts from the first change it sees; this counts from before the save, in the bench).
enum ServeLatency {
  struct Result {
    /// Seconds from each save to its rebuild's log line, in order.
    var seconds: [Double]
    /// Serve's own figures (from the first change it saw).
    var reported: [Double]
  }

  /// Lines of a process's standard output, as they come.
  final class Lines: @unchecked Sendable {
    private let condition = NSCondition()
    private var lines: [String] = []
    private var partial = ""

    func append(_ data: Data) {
      condition.withLock {
        partial += String(decoding: data, as: UTF8.self)
        while let newline = partial.firstIndex(of: "\n") {
          lines.append(String(partial[..<newline]))
          partial = String(partial[partial.index(after: newline)...])
        }
        condition.broadcast()
      }
    }

    /// Waits up to `timeout` for a line after the first `after` lines that contains `text`;
    /// returns it and the count of lines seen.
    func wait(for text: String, after: Int, timeout: Double) -> (String, Int)? {
      let deadline = Date().addingTimeInterval(timeout)
      return condition.withLock {
        while true {
          if let index = lines.indices.dropFirst(after).first(where: { lines[$0].contains(text) }) {
            return (lines[index], index + 1)
          }
          if !condition.wait(until: deadline) { return nil }
        }
      }
    }
  }

  /// The table's header lines.
  static let header = [
    "| tasks × rounds | serve: save to rebuilt, median s | min s | max s "
      + "| serve's own figure per edit, s |",
    "| --- | --- | --- | --- | --- |",
  ]

  /// The table row of `result` for scenario `name`: median, min and max, then serve's own
  /// figures.
  static func row(_ name: String, _ result: Result) -> String {
    let sorted = result.seconds.sorted()
    return String(
      format: "| %@ | %.3f | %.3f | %.3f | %@ |", name, sorted[sorted.count / 2],
      sorted.first ?? 0, sorted.last ?? 0,
      result.reported.map { String(format: "%.3f", $0) }.joined(separator: ", "))
  }

  static func measure(binary: String, content: String, templates: String, edits: Int) throws
    -> Result
  {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: binary)
    process.arguments = ["serve", "--content", content, "--templates", templates, "--port", "0"]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    let lines = Lines()
    output.fileHandleForReading.readabilityHandler = { handle in
      let data = handle.availableData
      if !data.isEmpty { lines.append(data) }
    }
    try process.run()
    defer {
      process.interrupt()
      process.waitUntilExit()
      output.fileHandleForReading.readabilityHandler = nil
    }
    guard var (_, seen) = lines.wait(for: "serving http", after: 0, timeout: 300) else {
      throw BenchError.serve("serve did not start")
    }
    var result = Result(seconds: [], reported: [])
    for edit in 0..<edits {
      Thread.sleep(forTimeInterval: 0.5)
      let start = Date()
      try EditRebuild.editNarrative(content: content, task: 2 + edit)
      guard let (line, next) = lines.wait(for: "after the change", after: seen, timeout: 60) else {
        throw BenchError.serve("serve did not rebuild")
      }
      result.seconds.append(Date().timeIntervalSince(start))
      seen = next
      let words = line.split(separator: " ")
      if let position = words.firstIndex(of: "s"), position > 0,
        let value = Double(words[position - 1])
      {
        result.reported.append(value)
      }
    }
    return result
  }
}

enum BenchError: Error {
  case serve(String)
}
