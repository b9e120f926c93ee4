import Testing

@testable import TextDecoding

@Suite struct TextDecodingTests {
  /// `一、聚焦两手抓\n1.严格落实管理\n责任单位:区卫生健康委\n贯彻落实情况:已完成。\n` in GBK.
  static let gbk: [UInt8] = [
    210, 187, 161, 162, 190, 219, 189, 185, 193, 189, 202, 214, 215, 165, 10, 49, 46, 209, 207,
    184, 241, 194, 228, 202, 181, 185, 220, 192, 237, 10, 212, 240, 200, 206, 181, 165, 206, 187,
    58, 199, 248, 206, 192, 201, 250, 189, 161, 191, 181, 206, 175, 10, 185, 225, 179, 185, 194,
    228, 202, 181, 199, 233, 191, 246, 58, 210, 209, 205, 234, 179, 201, 161, 163, 10,
  ]
  static let gbkText = "一、聚焦两手抓\n1.严格落实管理\n责任单位:区卫生健康委\n贯彻落实情况:已完成。\n"
  /// `政府工作報告重點任務落實情況，責任單位：區衛生局` in Big5.
  static let big5: [UInt8] = [
    172, 70, 169, 178, 164, 117, 167, 64, 179, 248, 167, 105, 173, 171, 194, 73, 165, 244, 176,
    200, 184, 168, 185, 234, 177, 161, 170, 112, 161, 65, 179, 100, 165, 244, 179, 230, 166, 236,
    161, 71, 176, 207, 189, 195, 165, 205, 167, 189,
  ]

  @Test func plainUTF8() throws {
    let decoded = try TextDecoding.decode(Array("责任单位:区卫健委\n".utf8)).get()
    #expect(decoded == DecodedText(text: "责任单位:区卫健委\n", encoding: .utf8))
  }

  @Test func utf8WithBOMDropsTheBOM() throws {
    let decoded = try TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("一、标题".utf8)).get()
    #expect(decoded == DecodedText(text: "一、标题", encoding: .utf8WithBOM))
  }

  @Test(arguments: [true, false]) func utf16WithBOM(littleEndian: Bool) throws {
    var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
    for unit in "任务𠀋\n".utf16 {
      let pair = [UInt8(unit & 0xFF), UInt8(unit >> 8)]
      bytes += littleEndian ? pair : pair.reversed()
    }
    let decoded = try TextDecoding.decode(bytes).get()
    #expect(decoded.text == "任务𠀋\n")
    #expect(decoded.encoding == (littleEndian ? .utf16LittleEndian : .utf16BigEndian))
  }

  @Test func gbkIsReadAsGB18030() throws {
    let decoded = try TextDecoding.decode(Self.gbk).get()
    #expect(decoded == DecodedText(text: Self.gbkText, encoding: .gb18030))
  }

  @Test func gb18030FourByteSequencesAndTheEuroSign() throws {
    // 测试€ : € is 0xA2E3 in GB18030.
    let decoded = try TextDecoding.decode([178, 226, 202, 212, 162, 227]).get()
    #expect(decoded.text == "测试€")
  }

  @Test func big5IsRefusedNotMisread() {
    let result = TextDecoding.decode(Self.big5)
    guard case .failure(let error) = result else {
      Issue.record("Big5 decoded as \(result)")
      return
    }
    #expect(error.line == 1)
  }

  @Test func aBrokenBOMFileNamesItsLine() {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("第一行\n第二行\n".utf8) + [0xD6, 0xD0]
    #expect(TextDecoding.decode(bytes) == .failure(.invalid(encoding: .utf8WithBOM, line: 3)))
  }

  @Test func privateUseAndReplacementCharactersAreRefused() {
    let bytes = Array("一行\n二\u{E000}行".utf8)
    #expect(
      TextDecoding.decode(bytes)
        == .failure(.suspiciousCharacter(encoding: .utf8, line: 2, column: 2, scalar: 0xE000)))
    #expect(
      TextDecoding.decode(Array("\u{FFFD}".utf8))
        != .success(DecodedText(text: "\u{FFFD}", encoding: .utf8)))
  }

  @Test func bytesThatAreNeitherAreRefusedWithTheirLine() {
    // 0x80 is not a GB18030 lead byte, and not UTF-8 either.
    let bytes = Array("a\nb\n".utf8) + [0x80, 0x41]
    #expect(TextDecoding.decode(bytes) == .failure(.unknownEncoding(line: 3)))
  }

  @Test func emptyInputIsEmptyUTF8() throws {
    #expect(try TextDecoding.decode([]).get() == DecodedText(text: "", encoding: .utf8))
  }
}
