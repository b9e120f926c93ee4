import Foundation
import Synchronization

/// `report-site serve` running in the background, its output collected line by line.
final class ServeProcess: Sendable {
  let process: Process
  private let lines = Mutex<[String]>([])
  private let errors = Mutex<String>("")

  init(_ arguments: [String], in folder: String) throws {
    let process = Process()
    process.executableURL = ReportSiteBinary.url
    process.arguments = ["serve"] + arguments
    process.currentDirectoryURL = URL(fileURLWithPath: folder)
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    self.process = process
    let output = out.fileHandleForReading
    let errorOutput = err.fileHandleForReading
    try process.run()
    Thread.detachNewThread { [self] in
      var pending = ""
      while true {
        let data = output.availableData
        if data.isEmpty { return }
        pending += String(decoding: data, as: UTF8.self)
        while let end = pending.firstIndex(of: "\n") {
          let line = String(pending[..<end])
          pending = String(pending[pending.index(after: end)...])
          lines.withLock { $0.append(line) }
        }
      }
    }
    Thread.detachNewThread { [self] in
      let data = errorOutput.readDataToEndOfFile()
      errors.withLock { $0 = String(decoding: data, as: UTF8.self) }
    }
  }

  var output: [String] { lines.withLock { $0 } }
  var errorText: String { errors.withLock { $0 } }

  /// The first output line containing `text`, waiting up to `timeout` seconds.
  func line(containing text: String, timeout: Double = 60) -> String? {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if let line = output.first(where: { $0.contains(text) }) { return line }
      if !process.isRunning { return output.first(where: { $0.contains(text) }) }
      Thread.sleep(forTimeInterval: 0.02)
    }
    return nil
  }

  /// The port from `serving http://127.0.0.1:PORT/…`.
  func port() -> UInt16? {
    guard let line = line(containing: "serving http://127.0.0.1:"),
      let range = line.range(of: "127.0.0.1:")
    else { return nil }
    return UInt16(line[range.upperBound...].prefix { $0.isNumber })
  }

  func stop() {
    if process.isRunning { process.terminate() }
    process.waitUntilExit()
  }
}
