import ReportModel
import Testing

@testable import ReportSite

/// Counting tasks by status category, against the plain rule.
@Suite struct StatusCountsTests {
  @Test func eachCategoryHasItsPlaceInAllCases() {
    for (position, category) in StatusCategory.allCases.enumerated() {
      #expect(StatusCounts.place(of: category) == position, "\(category)")
    }
  }

  @Test func countsEachCategoryAndTheTotal() {
    let all = StatusCategory.allCases
    let categories = (0..<97).map { all[($0 * 7 + $0 / 5) % all.count] }
    let counts = StatusCounts(categories)
    #expect(counts.total == categories.count)
    for category in all {
      #expect(counts[category] == categories.count { $0 == category }, "\(category)")
    }
    #expect(counts.done == categories.count(where: \.isDone))
    #expect(StatusCounts([StatusCategory]()).total == 0)
    #expect(StatusCounts([StatusCategory]())[.done] == 0)
  }
}
