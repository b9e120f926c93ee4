import Foundation
import ReportModel
import Testing

@testable import ReportContent

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `text` in another encoding, through the C library's iconv (as an editor would save it).
func encoded(_ text: String, as encoding: String) throws -> [UInt8] {
  let converter = iconv_open(encoding, "UTF-8")
  try #require(converter != iconv_t(bitPattern: -1))
  defer { iconv_close(converter) }
  var input = Array(text.utf8)
  var output = [UInt8](repeating: 0, count: input.count * 4 + 8)
  let inputCount = input.count
  let outputCount = output.count
  let produced = input.withUnsafeMutableBufferPointer { inBuffer in
    output.withUnsafeMutableBufferPointer { outBuffer -> Int in
      var inPointer = UnsafeMutableRawPointer(inBuffer.baseAddress)?.assumingMemoryBound(
        to: CChar.self)
      var outPointer = UnsafeMutableRawPointer(outBuffer.baseAddress)?.assumingMemoryBound(
        to: CChar.self)
      var inLeft = inputCount
      var outLeft = outputCount
      let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
      return result == -1 ? -1 : outputCount - outLeft
    }
  }
  try #require(produced >= 0)
  return Array(output[..<produced])
}

@Suite struct ContentEncoding {
  let id = RoundID("2020-12-16")!

  func write(_ bytes: [UInt8], to path: String) throws {
    try Data(bytes).write(to: URL(fileURLWithPath: path))
  }

  @Test func introSavedAsGBKIsReadAndNamed() throws {
    let layout = try seedContent()
    let intro = "为及时掌握重点任务落实情况,现将有关情况通报如下:\n"
    try write(try encoded(intro, as: "GB18030"), to: layout.introFile(id))
    let (report, diagnostics) = ContentReader(layout: layout).read()
    #expect(report?.latest?.intro == String(intro.dropLast()))
    let warning = try #require(diagnostics.first { $0.location.path == layout.introFile(id) })
    #expect(warning.severity == .warning)
    #expect(warning.message == "this file is GB18030, not UTF-8")
    #expect(warning.notes.first?.contains("save it as UTF-8") == true)
  }

  @Test func taskAndSiteFilesInGBKOrUTF16AreReadAndNamed() throws {
    let layout = try seedContent()
    let taskPath = layout.taskFile(id, number: 5)
    let task = try String(contentsOfFile: taskPath, encoding: .utf8)
    try write(try encoded(task, as: "GB18030"), to: taskPath)
    let site = try String(contentsOfFile: layout.siteFile, encoding: .utf8)
    try write([0xFF, 0xFE] + (try encoded(site, as: "UTF-16LE")), to: layout.siteFile)
    let (report, diagnostics) = ContentReader(layout: layout).read()
    #expect(!diagnostics.hasErrors, "\(diagnostics)")
    #expect(report?.latest?.tasks.first { $0.number == 5 }?.units == ["区商务局"])
    #expect(
      Set(diagnostics.map(\.message))
        == ["this file is GB18030, not UTF-8", "this file is UTF-16LE, not UTF-8"])
    #expect(Set(diagnostics.map(\.location.path)) == [taskPath, layout.siteFile])
  }

  @Test func big5IntroIsAnErrorNotSilence() throws {
    let layout = try seedContent()
    let big5 = try encoded("政府工作報告重點任務落實情況，責任單位：區衛生局，進度滯後。", as: "BIG5")
    try write(big5, to: layout.introFile(id))
    let (report, diagnostics) = ContentReader(layout: layout).read()
    #expect(report == nil)
    let error = try #require(diagnostics.first { $0.severity == .error })
    #expect(error.location.path == layout.introFile(id))
    #expect(error.location.line == 1)
    #expect(
      error.notes == [
        "open the file in an editor (WPS, Notepad) and save it as UTF-8, then try again"
      ])
  }

  @Test func replacementOrPrivateUseCharactersAreRefusedWithTheirPlace() throws {
    let layout = try seedContent()
    let path = layout.taskFile(id, number: 17)
    try replace(in: path, "status: 已完成\n", with: "status: 已完成\u{E000}\n")
    let (report, diagnostics) = ContentReader(layout: layout).read()
    #expect(report == nil, "read")
    let error = try #require(diagnostics.first { $0.location.path == path })
    #expect(error.severity == .error)
    #expect(error.location.line == 8)
    #expect(error.location.column == 12)
    #expect(error.message.contains("U+E000"))
  }

  @Test func fullWidthPunctuationStaysOnTheFastPath() {
    #expect(!ContentText.hasSuspiciousUTF8(Array("责任单位：区甲局（牵头），区乙局".utf8)))
    #expect(ContentText.hasSuspiciousUTF8(Array("坏\u{FFFD}字".utf8)))
    #expect(ContentText.hasSuspiciousUTF8(Array("私\u{F8FF}".utf8)))
    #expect(ContentText.hasSuspiciousUTF8(Array("私\u{100000}".utf8)))
  }

  /// The scan skips eight bytes at a time: it finds every suspicious sequence at every offset
  /// and length, as a scan of one byte at a time does.
  @Test(arguments: [
    "\u{FFFD}", "\u{E000}", "\u{F8FF}", "\u{F0000}", "\u{100000}", "\u{FF01}", "\u{D7FF}",
  ])
  func theWordScanFindsWhatAByteScanFinds(_ mark: String) {
    let suspicious = !["\u{FF01}", "\u{D7FF}"].contains(mark)
    let text = Array("区甲局ab（牵头）".utf8)
    for length in 0...text.count {
      for offset in 0...length {
        var bytes = Array(text.prefix(length))
        bytes.insert(contentsOf: mark.utf8, at: offset)
        #expect(ContentText.hasSuspiciousUTF8(bytes) == suspicious)
        // Cut short inside the mark: never taken for a whole one.
        for cut in 1..<mark.utf8.count {
          let part = Array(bytes.prefix(offset + cut))
          let byteScan = part.indices.contains { index in
            part[index] == 0xEE || part[index] == 0xF4
              || (part[index] == 0xEF && index + 1 < part.count
                && ((0x80...0xA3).contains(part[index + 1])
                  || (part[index + 1] == 0xBF && index + 2 < part.count
                    && part[index + 2] == 0xBD)))
              || (part[index] == 0xF3 && index + 1 < part.count && part[index + 1] >= 0xB0)
          }
          #expect(ContentText.hasSuspiciousUTF8(part) == byteScan)
        }
      }
    }
  }

  @Test func crlfTaskFilesReadAsLF() throws {
    let layout = try seedContent()
    let path = layout.taskFile(id, number: 14)
    let lf = try String(contentsOfFile: path, encoding: .utf8)
    let crlf = Array(lf.replacingOccurrences(of: "\n", with: "\r\n").utf8)
    let (expected, _) = ContentReader.readTask(Array(lf.utf8), path: path)
    let (task, diagnostics) = ContentReader.readTask(crlf, path: path)
    #expect(diagnostics.isEmpty)
    #expect(task != nil)
    #expect(task == expected)
    // The Yams path too, given the text as it is.
    let crlfText = lf.replacingOccurrences(of: "\n", with: "\r\n")
    let (slow, slowDiagnostics) = TaskFile.read(crlfText, path: path, fast: false)
    #expect(slowDiagnostics.isEmpty)
    #expect(slow == expected)
  }

  @Test func aLoneCarriageReturnIsKept() {
    #expect(ContentText.withoutCarriageReturns("a\r\nb\rc\r") == "a\nb\rc\r")
    #expect(ContentText.withoutCarriageReturns("没有") == "没有")
  }
}
