import CFuzzerDriver
import ReportModel
import ReportText

/// The executable's entry (SwiftPM aliases `main` to it): libFuzzer's driver.
@_cdecl("FuzzReportText_main")
public func fuzzReportTextMain(
  _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> CInt {
  report_site_fuzzer_main(argc, argv)
}

/// libFuzzer's entry: the report-text parser on any bytes (read as UTF-8, invalid bytes as
/// U+FFFD). It must return, whatever the text, and never crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReportText(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
  let (round, diagnostics) = ReportTextParser(vocabulary: .standard).parse(text, path: "fuzz.txt")
  // A round comes back only when nothing is wrong, and every problem has a place.
  if round != nil, diagnostics.hasErrors { fatalError("a round came back with errors") }
  for diagnostic in diagnostics where diagnostic.location.path != "fuzz.txt" {
    fatalError("a diagnostic names another file: \(diagnostic)")
  }
  return 0
}
