import Testing

@testable import ReportSite

/// A session keeps the search index's bigram files (``KeptSearchShards``): after an edit of
/// one narrative, the files the edit cannot change are taken as kept, and every file is
/// still the one an index made from nothing has.
@Suite struct SearchShardReuseTests {
  /// `tasks` narratives over a few thousand Chinese characters (so that a narrative's bigrams
  /// fall in few of the many shards), with a character outside the BMP now and then.
  private func narratives(tasks: Int) -> [String] {
    var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next() -> Int {
      seed ^= seed << 13
      seed ^= seed >> 7
      seed ^= seed << 17
      return Int(seed % 1_000_003)
    }
    return (0..<tasks).map { _ in
      let length = 120 + next() % 120
      let characters = (0..<length).map { _ in
        next() % 97 == 0 ? "😀" : String(UnicodeScalar(0x4E00 + next() % 3000)!)
      }
      return "<p>" + characters.joined() + "</p>"
    }
  }

  private func index(_ narratives: [String]) -> SearchIndex {
    SearchIndex(
      entries: narratives.enumerated().map { position, narrative in
        SearchIndex.Entry(
          number: position + 1, text: "任务", units: [], category: "done", label: "已完成",
          written: "已完成", section: 1, subsection: nil, overdue: false, narrative: narrative)
      }, sections: [], units: [])
  }

  private func files(_ narratives: [String], session: BuildSession?, groups: Int = 1) -> [String:
    String]
  {
    let index = index(narratives)
    let parts = SearchIndexParts(groups: groups, session: session, key: "search/", index: index)
    var files: [String: String] = [:]
    for group in 0..<parts.groups {
      for file in parts.files(group: group) { files[file.name] = file.json }
    }
    return files
  }

  @Test(arguments: [1, 2])
  func editedNarrativeRemakesOnlyItsBigramsFiles(groups: Int) {
    var texts = narratives(tasks: 1_000)
    let session = BuildSession()
    session.startBuild()
    _ = files(texts, session: session, groups: groups)
    session.finishBuild()
    #expect(session.lastSearchShardsReused == 0)
    // An addition at the end, a change in the middle, a deletion: each against a fresh index.
    let edits: [(String) -> String] = [
      { $0.replacingOccurrences(of: "</p>", with: "新增一句。</p>") },
      { String($0.prefix(60)) + "改" + String($0.dropFirst(61)) },
      { String($0.dropLast(7)) + "</p>" },
    ]
    for (step, edit) in edits.enumerated() {
      texts[500 + step] = edit(texts[500 + step])
      session.startBuild()
      let kept = files(texts, session: session, groups: groups)
      session.finishBuild()
      let fresh = files(texts, session: nil, groups: groups)
      #expect(kept == fresh, "step \(step)")
      #expect(session.lastSearchShardsReused > 0, "step \(step)")
      // The files the edit touched are written from the kept places of their bigrams.
      #expect(session.lastSearchShardsFromPlaces > 0, "step \(step)")
    }
    // A build that takes the places and fails leaves none: the next build collects them
    // again, walking every narrative, and the one after moves them (one part of two made).
    texts[700] = edits[0](texts[700])
    session.startBuild()
    let index = index(texts)
    let failing = SearchIndexParts(groups: 2, session: session, key: "search/", index: index)
    _ = failing.files(group: 0)
    for step in 0..<2 {
      texts[710 + step] = edits[1](texts[710 + step])
      session.startBuild()
      let kept = files(texts, session: session, groups: groups)
      session.finishBuild()
      #expect(kept == files(texts, session: nil, groups: groups), "after the failure \(step)")
      #expect((session.lastSearchShardsFromPlaces > 0) == (step == 1), "after the failure \(step)")
    }
    // Another number of tasks: nothing is taken from the session, and the files are right.
    texts.removeLast()
    session.startBuild()
    let kept = files(texts, session: session, groups: groups)
    session.finishBuild()
    #expect(session.lastSearchShardsReused == 0)
    #expect(kept == files(texts, session: nil, groups: groups))
  }

  @Test func changedBigramsAreThoseWhosePlacesDiffer() {
    let old = Array("一二三四".utf16)
    #expect(KeptSearchShards.changedBigrams(old, old).isEmpty)
    let appended = KeptSearchShards.changedBigrams(old, Array("一二三四五".utf16))
    #expect(appended == [UInt32(Array("四".utf16)[0]) << 16 | UInt32(Array("五".utf16)[0])])
    // A character put first moves every bigram's ordinal.
    #expect(KeptSearchShards.changedBigrams(old, Array("零一二三四".utf16)).count == 4)
  }
}
