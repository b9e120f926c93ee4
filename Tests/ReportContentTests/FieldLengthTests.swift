import Foundation
import ReportModel
import Testing

@testable import ReportContent

@Suite struct FieldLengthChecks {
  let id = RoundID("2020-12-16")!

  @Test func aMegabyteUnitNameIsAnErrorAtItsLineAndQuick() throws {
    let layout = try seedContent()
    let path = layout.taskFile(id, number: 5)
    let name = String(repeating: "区商务局", count: 262_144)
    try replace(in: path, "  - 区商务局\n", with: "  - \(name)\n")
    let start = ContinuousClock.now
    let (report, diagnostics) = ContentReader(layout: layout).read()
    #expect(ContinuousClock.now - start < .seconds(5))
    #expect(report == nil)
    let error = try #require(diagnostics.first { $0.location.path == path })
    #expect(error.severity == .error)
    #expect(error.location == SourceLocation(path: path, line: 7, column: 5))
    #expect(error.message == "unit name \"区商务局区商务局区商务局区商务局区商务局…\" is 1048576 characters long")
    #expect(diagnostics.count == 1)
  }

  /// (file, text, field) edits, each made in a fresh Content/.
  static let longFields: [(file: String, old: String, field: String)] = [
    ("round.yml", "title: 抓实抓细强化疫情防控\n", "subsection title"),
    ("17.md", "status: 已完成\n", "status"),
    ("site.yml", "title: 测试\n", "site title"),
  ]

  @Test(arguments: 0..<3) func longTitlesStatusesAndSiteNamesAreErrors(edit: Int) throws {
    let layout = try seedContent()
    let (file, old, field) = Self.longFields[edit]
    let path =
      file == "site.yml"
      ? layout.siteFile : layout.roundFolder(id) + "/" + file
    let key = old.components(separatedBy: ": ").first!
    try replace(in: path, old, with: "\(key): \(String(repeating: "长", count: 101))\n")
    let errors = ContentReader(layout: layout).read().diagnostics.filter {
      $0.severity == .error && $0.location.path == path
    }
    #expect(errors.count == 1)
    #expect(errors.first?.message.hasPrefix("\(field) \"长长") == true)
    #expect(errors.first?.message.hasSuffix("is 101 characters long") == true)
    #expect((errors.first?.location.line ?? 0) > 0)
  }

  @Test func exactlyAHundredCharactersIsFine() {
    #expect(!FieldLength.isTooLong(String(repeating: "字", count: 100)))
    #expect(FieldLength.isTooLong(String(repeating: "字", count: 101)))
    #expect(!FieldLength.isTooLong(String(repeating: "e\u{301}", count: 100)))
  }

  @Test func theClosestNameSearchIsBoundedOnAMegabyte() {
    var units = UnitDirectory((0..<200).map { UnitDefinition(name: "区第\($0)局") })
    units.add(UnitDefinition(name: "区商务局", aliases: [String(repeating: "区", count: 1_048_576)]))
    let start = ContinuousClock.now
    #expect(units.closestName(to: String(repeating: "区商务厅", count: 262_144)) == nil)
    #expect(units.closestName(to: "区商务厅") == "区商务局")
    #expect(ContinuousClock.now - start < .seconds(1))
  }
}
