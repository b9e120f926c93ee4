import Testing

@testable import ReportModel

/// The compact places of a task give back exactly the places set, whatever their paths and
/// numbers, and compare by those places.
@Suite struct TaskLocationsTests {
  let path = "Content/reports/2020/rounds/2020-12-16/17.md"

  @Test func givesBackEveryPlaceSet() {
    var places = TaskLocations()
    #expect(places.task == nil)
    #expect(places.unitCount == 0)
    places[.status] = SourceLocation(path: path, line: 9, column: 9)
    places.task = SourceLocation(path: path, line: 1, column: 1)
    places[.units] = SourceLocation(path: path, line: 5, column: 3)
    places.appendUnit(SourceLocation(path: path, line: 6, column: 5))
    places.appendUnit(SourceLocation(path: path, line: 7, column: 5))
    #expect(places.task?.description == path + ":1:1")
    #expect(places[.status]?.description == path + ":9:9")
    #expect(places[.units]?.description == path + ":5:3")
    #expect(places[.number] == nil)
    #expect(places[.earlierPeriods] == nil)
    #expect(places.units.map(\.description) == [path + ":6:5", path + ":7:5"])
    #expect(places.unit(at: 1).line == 7)
    places[.status] = nil
    #expect(places[.status] == nil)
    #expect(places.unitCount == 2)
  }

  @Test func keepsPlacesOfOtherFilesAndLargeNumbersWhole() {
    var places = TaskLocations()
    let other = SourceLocation(path: "report.xlsx", line: 12, column: 3)
    let large = SourceLocation(path: path, line: Int(UInt32.max) + 5, column: 2)
    let whole = SourceLocation(path: path)
    let negative = SourceLocation(path: path, line: 4, column: -1)
    places.task = whole
    places[.task] = other
    places[.note] = large
    places[.leaders] = negative
    places.appendUnit(other)
    #expect(places.task == whole)
    #expect(places[.task] == other)
    #expect(places[.note] == large)
    #expect(places[.leaders] == negative)
    #expect(places.units == [other])
    places[.task] = SourceLocation(path: path, line: 3, column: 7)
    #expect(places[.task] == SourceLocation(path: path, line: 3, column: 7))
  }

  @Test func unitsAreReplacedAsAWhole() {
    var places = TaskLocations()
    places[.number] = SourceLocation(path: path, line: 2, column: 9)
    places.units = [SourceLocation(path: "a.txt", line: 1, column: 1)]
    places.units = [6, 7].map { SourceLocation(path: path, line: $0, column: 5) }
    #expect(places.units.map(\.line) == [6, 7])
    #expect(places.units.allSatisfy { $0.path == path })
    places.units = []
    #expect(places.unitCount == 0)
    #expect(places[.number]?.line == 2)
  }

  @Test func equalWhenTheyGiveTheSamePlaces() {
    var first = TaskLocations()
    first[.section] = SourceLocation(path: path, line: 3, column: 10)
    first[.note] = SourceLocation(path: "other.md", line: 2, column: 1)
    var second = TaskLocations()
    second[.note] = SourceLocation(path: "other.md", line: 2, column: 1)
    second[.section] = SourceLocation(path: path, line: 3, column: 10)
    #expect(first == second)
    #expect(first.hashValue == second.hashValue)
    second[.section] = SourceLocation(path: path, line: 3, column: 11)
    #expect(first != second)
    var cleared = TaskLocations()
    cleared[.due] = SourceLocation(path: path, line: 8, column: 6)
    cleared[.due] = nil
    #expect(cleared == TaskLocations())
    #expect(cleared.hashValue == TaskLocations().hashValue)
    var withUnit = TaskLocations()
    withUnit.appendUnit(SourceLocation(path: path, line: 6, column: 5))
    #expect(withUnit != TaskLocations())
  }

  @Test func taskKeepsItsPlacesThroughItsOldNames() {
    var task = KeyTask(
      number: 1, section: 1, subsection: nil, text: "任务", units: ["区发改委"], status: "已完成",
      narrative: "", location: SourceLocation(path: path, line: 1, column: 1))
    task.locations[.units] = SourceLocation(path: path, line: 5, column: 3)
    task.unitLocations = [SourceLocation(path: path, line: 6, column: 5)]
    #expect(task.location == SourceLocation(path: path, line: 1, column: 1))
    #expect(task.fieldLocations[.units]?.line == 5)
    #expect(task.unitLocations.map(\.line) == [6])
  }
}
