import CFuzzerDriver
import ReportModel

@testable import ReportContent

/// The executable's entry (SwiftPM aliases `main` to it): libFuzzer's driver.
@_cdecl("FuzzTaskFile_main")
public func fuzzTaskFileMain(
  _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> CInt {
  report_site_fuzzer_main(argc, argv)
}

/// libFuzzer's entry: a task file's bytes read as the content reader reads them (decoding,
/// CRLF, the fast front-matter reader, else Yams). The fast reader must never read a task
/// other than the one Yams reads: when it answers, the Yams path must give the same task.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTaskFile(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: start, count: count))
  let path = "Content/rounds/2020-12-16/1.md"
  let (task, _) = ContentReader.readTask(bytes, path: path)
  guard case .success(let decoded) = ContentText.decode(bytes, path: path) else {
    if task != nil { fatalError("a task from bytes that cannot be decoded") }
    return 0
  }
  let (slow, slowDiagnostics) = TaskFile.read(decoded.text, path: path, fast: false)
  if let task {
    guard let slow, !slowDiagnostics.hasErrors else {
      fatalError("the fast reader read a task that Yams refuses: \(slowDiagnostics)")
    }
    if slow != task {
      fatalError("the fast reader and Yams disagree:\n\(task)\n\(slow)")
    }
  }
  return 0
}
