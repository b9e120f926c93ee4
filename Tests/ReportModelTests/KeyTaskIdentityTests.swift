import Testing

@testable import ReportModel

/// ``KeyTask/placesNotHoldingTheSameValues(_:_:)`` lists every task that is not the very
/// values of the other list's, and never one that is.
@Suite struct KeyTaskIdentityTests {
  static func tasks() -> [KeyTask] {
    (1...4).map { number in
      KeyTask(
        number: number, section: 1, subsection: nil, text: "第\(number)项任务的内容较长一些",
        units: ["区人力资源和社会保障局"], status: "推进中", narrative: "第\(number)项的落实情况说明。")
    }
  }

  @Test func onlyTasksThatAreTheSameValuesAreLeftOut() {
    let kept = Self.tasks()
    var tasks = kept
    #expect(KeyTask.placesNotHoldingTheSameValues(kept, tasks).isEmpty)
    tasks[1].narrative += "补充。"
    tasks[3].due = "2021-06-30"
    #expect(KeyTask.placesNotHoldingTheSameValues(kept, tasks) == [1, 3])
    // Equal values held apart (made again) are listed: they are compared otherwise.
    let again = Self.tasks()
    #expect(again == kept)
    #expect(KeyTask.placesNotHoldingTheSameValues(kept, again) == [0, 1, 2, 3])
  }
}
