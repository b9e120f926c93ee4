import CFuzzerDriver
import ReportMarkdown

/// The executable's entry (SwiftPM aliases `main` to it): libFuzzer's driver.
@_cdecl("FuzzMarkdown_main")
public func fuzzMarkdownMain(
  _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> CInt {
  report_site_fuzzer_main(argc, argv)
}

/// libFuzzer's entry: a narrative's Markdown to HTML through cmark-gfm. It must never crash,
/// and no raw HTML may come through: no element the renderer does not make itself.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkdown(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let markdown = String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
  let html = MarkdownRenderer().html(from: markdown)
  let lowered = html.lowercased()
  for forbidden in [
    "<script", "<iframe", "<style", "<object", "href=\"javascript:", "src=\"javascript:",
  ]
  where lowered.contains(forbidden) {
    fatalError("raw HTML came through: \(forbidden) in \(html)")
  }
  return 0
}
