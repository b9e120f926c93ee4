import Testing

@testable import ReportModel

/// The byte-level `trimmedSpace` and `widthFolded` agree with the reference definitions: by
/// characters, and scalar by scalar.
@Suite struct WidthFoldingTests {
  /// `widthFolded` as first written, scalar by scalar.
  static func referenceFolded(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0xFF01...0xFF5E: scalars.append(Unicode.Scalar(scalar.value - 0xFEE0) ?? scalar)
      case 0x3000: scalars.append(" ")
      default: scalars.append(scalar)
      }
    }
    return String(scalars)
  }

  /// Checks both against the reference, bytes included.
  func expectReference(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    #expect(
      Array(text.trimmedSpace.utf8) == Array(text.characterTrimmedSpace.utf8),
      "trimmedSpace of \(text.unicodeScalars.map { String($0.value, radix: 16) })",
      sourceLocation: sourceLocation)
    #expect(
      Array(text.widthFolded.utf8) == Array(Self.referenceFolded(text).utf8),
      "widthFolded of \(text.unicodeScalars.map { String($0.value, radix: 16) })",
      sourceLocation: sourceLocation)
  }

  @Test(arguments: [
    "", " ", "\t", "\u{3000}", "  \t\u{3000} ", "a", "推进中", " 推进中 ", "\u{3000}推进中\u{3000}",
    "\t推进中,计划年底前完成\t", "推进中，计划年底前完成", "ＡＢＣ！～", "\u{FF00}\u{FF5F}\u{FF01}\u{FF5E}",
    " \u{301}a", "a \u{301}", " \u{301}", "\u{3000}\u{301}", "\t\u{301}", "\u{600} ",
    "\u{600}\u{3000}",
    "x\u{600} ", " \u{200D}", " \u{1F600} ", " é ", " e\u{301} ", "\r\n \r\n", " \u{FEFF} ",
    "\u{E3}\u{80}", "a\u{3000}b", "\u{3000}\u{3000}", "\u{3001} ", " \u{302A}", " \u{3099}x",
    " \u{FF9E}", "\u{10000} ", " \u{1F1E6}\u{1F1E8} ", "\u{0915}\u{094D} ", " \u{093F}",
    " \u{0903}",
  ])
  func agreesWithTheReference(_ text: String) {
    expectReference(text)
  }

  @Test func spacesAreTrimmedAndFullWidthFormsFolded() {
    #expect(" \t\u{3000}推进中\u{3000} ".trimmedSpace == "推进中")
    #expect("  \u{3000}\t".trimmedSpace == "")
    #expect(" \u{301}x ".trimmedSpace == " \u{301}x")
    #expect("推进中，计划年底前完成！（Ａ～ｚ）。\u{3000}".widthFolded == "推进中,计划年底前完成!(A~z)。 ")
  }

  /// Every scalar of the planes in use, alone and beside each kind of space.
  @Test func everyScalarBesideSpacesAgreesWithTheReference() {
    let ranges: [ClosedRange<UInt32>] = [
      0...0x3100, 0x4DF0...0x4E10, 0x9FF0...0xA010, 0xA800...0xABFF, 0xFE00...0xFFFF,
      0x1_0000...0x1_0100, 0x1_1000...0x1_1300, 0x1_F1E0...0x1_F700, 0xE_0000...0xE_0200,
    ]
    for range in ranges {
      for value in range {
        guard let scalar = Unicode.Scalar(value) else { continue }
        let text = String(Character(scalar))
        for space in [" ", "\t", "\u{3000}"] {
          expectReference(space + text)
          expectReference(text + space)
        }
      }
    }
  }
}
