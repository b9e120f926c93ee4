import Foundation
import Testing

/// Runs the built `report-site` binary, as a user would from a shell.
struct CommandResult {
  var status: Int32
  var stdout: Data
  var stderr: String

  var output: String { String(decoding: stdout, as: UTF8.self) }
}

enum ReportSiteBinary {
  /// The products folder: next to the test bundle on Linux (`.build/debug`); the environment
  /// variable `REPORT_SITE_BINARY` names another binary (e.g. `.build/release/report-site`).
  static var url: URL {
    if let binary = ProcessInfo.processInfo.environment["REPORT_SITE_BINARY"], !binary.isEmpty {
      return URL(fileURLWithPath: binary)
    }
    var folder = Bundle.main.bundleURL
    while folder.path != "/" {
      let candidate = folder.appendingPathComponent("report-site")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      folder.deleteLastPathComponent()
    }
    return URL(fileURLWithPath: ".build/debug/report-site")
  }

  /// Runs the binary with `arguments` in `folder`, with `environment` added to this process's.
  @discardableResult
  static func run(
    _ arguments: [String], in folder: String? = nil, environment: [String: String] = [:]
  ) throws -> CommandResult {
    let process = Process()
    process.executableURL = url
    process.arguments = arguments
    if !environment.isEmpty {
      process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    }
    if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    // Read both pipes before waiting so that a full pipe cannot block the child.
    let errData = ReadAll(err.fileHandleForReading)
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return CommandResult(
      status: process.terminationStatus, stdout: outData,
      stderr: String(decoding: errData.wait(), as: UTF8.self))
  }
}

/// Reads a file handle to its end on another thread.
final class ReadAll: @unchecked Sendable {
  private var data = Data()
  private let done = DispatchSemaphore(value: 0)

  init(_ handle: FileHandle) {
    Thread.detachNewThread { [self] in
      data = handle.readDataToEndOfFile()
      done.signal()
    }
  }

  func wait() -> Data {
    done.wait()
    return data
  }
}

/// The folder of this test process: every test's folder is made inside it, and it is removed when
/// the process exits, so that a run of the suite leaves nothing under the system's temporary folder.
let testRunFolder: String = {
  let path = NSTemporaryDirectory() + "report-site-e2e-" + UUID().uuidString
  atexit { removeTestRunFolder() }
  return path
}()

private func removeTestRunFolder() {
  do {
    try FileManager.default.removeItem(atPath: testRunFolder)
  } catch CocoaError.fileNoSuchFile {
    // No test made a folder.
  } catch {
    FileHandle.standardError.write(Data("could not remove \(testRunFolder): \(error)\n".utf8))
  }
}

func temporaryFolder() throws -> String {
  let path = testRunFolder + "/" + UUID().uuidString
  try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  return path
}

/// The repository root (for the seed fixture and the repository's Content/).
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent()

let seedPath = repositoryRoot.appendingPathComponent("Tests/ReportTextTests/Fixtures/seed.txt").path

/// Every file under `folder` with its bytes, by relative path.
func snapshot(_ folder: String) -> [String: Data] {
  var files: [String: Data] = [:]
  guard let walker = FileManager.default.enumerator(atPath: folder) else { return files }
  for case let relative as String in walker {
    var isFolder: ObjCBool = false
    let path = folder + "/" + relative
    if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue {
      files[relative] = FileManager.default.contents(atPath: path)
    }
  }
  return files
}
