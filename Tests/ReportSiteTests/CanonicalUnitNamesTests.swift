import ReportModel
import Testing

@testable import ReportSite

/// A task's units by canonical name: each once, blank ones left out, in the order written,
/// whether the list is short (compared one by one) or long (through a set).
@Suite struct CanonicalUnitNamesTests {
  let directory = UnitDirectory([
    UnitDefinition(name: "区财政局", aliases: ["财政局"]),
    UnitDefinition(name: "区é局", aliases: ["é局"]),
  ])

  /// The rule written plainly: every name through a set.
  private func reference(_ written: [String]) -> [String] {
    var seen: Set<String> = []
    return written.map(directory.canonicalName(for:)).filter {
      !$0.isEmpty && seen.insert($0).inserted
    }
  }

  @Test func shortAndLongListsAsTheSetRule() {
    let lists: [[String]] = [
      [], ["财政局", "区财政局", ""], ["区e\u{301}局", "é局", "区é局", " "],
      ["甲", "乙", "甲", "丙", "乙", "财政局", "区财政局", "丁", "戊", "己", "甲", "庚"],
      (0..<20).map { "单位\($0 % 7)" },
    ]
    for list in lists {
      // The leads are the first `leading` spellings: their names come first, counted.
      for leading in 0...list.count {
        var names = CanonicalUnitNames(directory)
        let (found, leadCount) = names.names(of: list, leading: leading)
        #expect(found == reference(list), "\(list)")
        #expect(leadCount == reference(Array(list.prefix(leading))).count, "\(list) \(leading)")
      }
    }
    var names = CanonicalUnitNames(directory)
    let (found, leadCount) = names.names(of: ["财政局", "区财政局", "乙"], leading: 1)
    #expect(found == ["区财政局", "乙"])
    #expect(leadCount == 1)
  }
}
