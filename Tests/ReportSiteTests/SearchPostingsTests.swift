import Testing

@testable import ReportSite

/// The bigram files of the search index, made with dense ids and a counting sort
/// (``BigramPostings``), against the rule written plainly: a dictionary of posting lists
/// filled task by task, keys sorted per shard. Every number of parts gives the same files.
@Suite struct SearchPostingsTests {
  /// Narratives over a small alphabet, so that bigrams repeat within and across tasks, with
  /// tags, spaces, full-width letters and a character outside the BMP (its surrogates pair with
  /// nothing).
  private func index(tasks: Int) -> SearchIndex {
    let alphabet = Array("多拼益善推进一网通办Ａb C，。　😀")
    var seed: UInt64 = 0x2545_F491_4F6C_DD1D
    func next() -> Int {
      seed ^= seed << 13
      seed ^= seed >> 7
      seed ^= seed << 17
      return Int(seed % 1_000_003)
    }
    let entries = (0..<tasks).map { number in
      let length = next() % 160
      let text = String((0..<length).map { _ in alphabet[next() % alphabet.count] })
      return SearchIndex.Entry(
        number: number + 1, text: "任务", units: [], category: "done", label: "已完成",
        written: "已完成", section: 1, subsection: nil, overdue: false,
        narrative: number % 7 == 0 ? "" : "<p>\(text)</p>\n<ul>\n<li>\(text.prefix(9))</li>\n</ul>")
    }
    return SearchIndex(entries: entries, sections: [], units: [])
  }

  /// The bigram files by the plain rule: name → JSON.
  private func reference(_ index: SearchIndex, shardCount: Int) -> [String: String] {
    var postings: [UInt32: [Int]] = [:]
    for (position, entry) in index.entries.enumerated() {
      let units = SearchText.folded(SearchText.plain(html: entry.narrative))
      guard units.count > 1 else { continue }
      var countAt: [UInt32: Int] = [:]
      for ordinal in 0..<(units.count - 1) {
        let (first, second) = (units[ordinal], units[ordinal + 1])
        if (0xD800...0xDFFF).contains(first) || (0xD800...0xDFFF).contains(second) { continue }
        let key = UInt32(first) << 16 | UInt32(second)
        if let at = countAt[key] {
          postings[key]![at] += 1
        } else {
          postings[key, default: []].append(position)
          countAt[key] = postings[key]!.count
          postings[key]!.append(1)
        }
        postings[key]!.append(ordinal)
      }
    }
    var rows: [Int: [String]] = [:]
    for key in postings.keys.sorted() {
      let shard = SearchIndex.shard(
        of: UInt16(key >> 16), UInt16(key & 0xFFFF), count: shardCount)
      let list = postings[key]!
      var numbers: [Int] = []
      var index = 0
      var previousTask = 0
      while index < list.count {
        let count = list[index + 1]
        numbers += [list[index] - previousTask, count]
        previousTask = list[index]
        var previous = 0
        for ordinal in list[(index + 2)..<(index + 2 + count)] {
          numbers.append(ordinal - previous)
          previous = ordinal
        }
        index += 2 + count
      }
      let bigram = String(decoding: [UInt16(key >> 16), UInt16(key & 0xFFFF)], as: UTF16.self)
      rows[shard, default: []].append(
        "[\"\(bigram)\"," + numbers.map(String.init).joined(separator: ",") + "]")
    }
    return Dictionary(
      uniqueKeysWithValues: (0..<shardCount).map {
        ("b\($0)", "[" + (rows[$0] ?? []).joined(separator: ",") + "]")
      })
  }

  @Test(arguments: [1, 2, 3, 5])
  func bigramFilesAreThoseOfThePlainRule(groups: Int) throws {
    let index = index(tasks: 700)
    let parts = SearchIndexParts(groups: groups, index: index)
    let files = (0..<groups).flatMap { parts.files(group: $0) }
    let meta = try #require(files.first { $0.name == "meta" }).json
    let shardCount = try #require(
      Int(meta.split(separator: ",")[0].split(separator: ":")[1]))
    #expect(shardCount > 2)
    let bigramFiles = files.filter { $0.name.hasPrefix("b") }
    #expect(Set(bigramFiles.map(\.name)).count == shardCount)
    let expected = reference(index, shardCount: shardCount)
    for file in bigramFiles { #expect(file.json == expected[file.name], "\(file.name)") }
  }

  /// A bigram with a quote, a backslash or a control character is escaped as `PrettyJSON`
  /// escapes a string; others (ASCII, Latin, CJK) are written as their UTF-8 bytes.
  @Test func bigramsAreWrittenAsJSONStrings() {
    let units = Array("a\"\\\u{1}\u{8}é中文\u{7F}x".utf16)
    let postings = BigramPostings { visit in
      for ordinal in 0..<(units.count - 1) {
        visit(UInt32(units[ordinal]) << 16 | UInt32(units[ordinal + 1]), 0, Int32(ordinal))
      }
    }
    // Every bigram of the text is a new one: its id is its ordinal.
    #expect(postings.keys.count == units.count - 1)
    var expected = PrettyJSON(compact: true)
    expected.beginArray()
    for ordinal in 0..<(units.count - 1) {
      expected.element()
      expected.beginArray()
      expected.element()
      expected.string(String(decoding: units[ordinal...(ordinal + 1)], as: UTF16.self))
      for number in [0, 1, ordinal] {
        expected.element()
        expected.int(number)
      }
      expected.endArray()
    }
    expected.endArray()
    let json = postings.json(Array(0..<(units.count - 1)))
    #expect(json == String(decoding: expected.bytes, as: UTF8.self))
    #expect(json.hasPrefix(#"[["a\"",0,1,0],["\"\\",0,1,1],["\\\u0001",0,1,2]"#))
  }
}
