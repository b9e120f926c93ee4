import Testing

@testable import ReportModel

/// The quick paths (byte-keyed indexes, parallel results) answer as the plain ones do.
@Suite struct FastPathTests {
  @Test func parallelResultsKeepTheOrderOfTheItems() {
    let items = Array(0..<1000)
    let results = parallelMap(items, chunkSize: 7) {
      ["\($0)", String(repeating: "x", count: $0 % 5)]
    }
    #expect(results == items.map { ["\($0)", String(repeating: "x", count: $0 % 5)] })
    #expect(parallelMap([Int](), chunkSize: 1) { $0 }.isEmpty)
  }

  @Test func sameBytesAreTheOnlyExactMatch() {
    #expect("推进中".hasSameUTF8(as: "推进中"))
    #expect(!"推进中".hasSameUTF8(as: "推进"))
    #expect("".hasSameUTF8(as: ""))
    // Canonically equivalent, so equal as strings, but not the same bytes.
    #expect("é" == "e\u{301}")
    #expect(!"é".hasSameUTF8(as: "e\u{301}"))
    #expect(ExactText("é") != ExactText("e\u{301}"))
  }

  @Test func lookupsFindCanonicallyEquivalentSpellings() {
    let vocabulary = StatusVocabulary([StatusDefinition(label: "é完成", category: .done)])
    #expect(vocabulary.definition(for: "e\u{301}完成")?.label == "é完成")
    #expect(vocabulary.definition(for: " é完成\u{3000}")?.label == "é完成")
    let units = UnitDirectory([UnitDefinition(name: "区é局", aliases: ["é局"])])
    #expect(units.canonicalName(for: "区e\u{301}局") == "区é局")
    #expect(units.canonicalName(for: "e\u{301}局") == "区é局")
    #expect(units.unit(named: "é局")?.name == "区é局")
  }

  @Test func equalityIgnoresHowTheQuickIndexWasBuilt() {
    var replaced = StatusVocabulary([StatusDefinition(label: "é", category: .done)])
    replaced.add(StatusDefinition(label: "e\u{301}", category: .behind))
    var direct = StatusVocabulary([StatusDefinition(label: "é", category: .done)])
    direct.add(StatusDefinition(label: "é", category: .behind))
    #expect(replaced.definitions.map(\.category) == [.behind])
    #expect(replaced.definitions.map(\.label) == ["e\u{301}"])
    var sameLabel = StatusVocabulary([StatusDefinition(label: "e\u{301}", category: .behind)])
    sameLabel.add(StatusDefinition(label: "e\u{301}", category: .behind))
    #expect(replaced == StatusVocabulary([StatusDefinition(label: "e\u{301}", category: .behind)]))
    #expect(replaced.hashValue == sameLabel.hashValue)
    // The same definitions (labels compare as canonically equivalent text), though `replaced`
    // has one more spelling in its quick index.
    #expect(direct == replaced)
    #expect(direct.hashValue == replaced.hashValue)
  }
}
