import ReportMarkdown
import Testing

@testable import ReportSite

/// What a ``BuildSession`` keeps from build to build: a value found again is used, and the
/// values no build uses any more are dropped once they are many, unless the last build used
/// few values (it kept most of its files as they were).
@Suite struct SessionKeptValuesTests {
  @Test func valuesNoLongerUsedAreDroppedUnlessTheBuildUsedFew() {
    let session = BuildSession()
    let renderer = MarkdownRenderer(headingOffset: 2)
    let first = (0..<40).map { "第\($0)条落实情况。" }
    let second = (0..<40).map { "第\($0)项落实情况。" }
    func build(_ texts: [String]) {
      session.startBuild()
      for text in texts { _ = session.html(text, renderer: renderer) }
      session.finishBuild()
    }
    build(first)
    #expect(session.lastCounts.made == 40)
    build(first)
    #expect(session.lastCounts.reused == 40)
    #expect(session.lastCounts.made == 0)
    // Every narrative edited: the old ones are dropped at the end of the build.
    build(second)
    #expect(session.lastCounts.made == 40)
    build(first)
    #expect(session.lastCounts.made == 40)
    // A build that uses two values drops none of the others: the next finds them all.
    build(Array(second.prefix(2)))
    #expect(session.lastCounts.made == 2)
    build(first)
    #expect(session.lastCounts.reused == 40)
    #expect(session.lastCounts.made == 0)
  }
}
