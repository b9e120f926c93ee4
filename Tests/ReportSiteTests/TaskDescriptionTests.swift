import ReportModel
import Testing

@testable import ReportSite

/// ``PageFactory/taskDescription(_:narrative:)`` builds a task page's description in one
/// string; its results are those of the concatenation it replaced.
@Suite struct TaskDescriptionTests {
  /// The description as first written, one string added to the next.
  private func reference(_ task: ResolvedTask, _ narrative: String) -> String {
    PageFactory.shortened(
      PageFactory.sentence(task.task.text)
        + "进度：\(task.status.display)。责任单位：\(task.units.joined(separator: "、"))。"
        + SearchText.plain(html: narrative), to: 150)
  }

  private func task(_ text: String, units: [String], status: String) -> ResolvedTask {
    ResolvedTask(
      task: KeyTask(
        number: 7, section: 1, subsection: nil, text: text, units: units, status: status,
        narrative: ""),
      status: StatusDefinition(label: status, category: .inProgress, display: status + "中"),
      units: units, leadCount: min(1, units.count))
  }

  @Test(arguments: [
    "", "<p>已完成。</p>", "<p>推进<strong>一网通办</strong>，&amp; 下一步</p>\n<ul><li>甲</li></ul>",
    String(repeating: "<p>全面推进政务服务“一网通办”，新增事项 12 项。</p>\n", count: 12),
  ])
  func matchesTheConcatenation(narrative: String) {
    let texts = ["推进政务服务一网通办", "完成年度目标。", "Ｗｉｄｅ text!", String(repeating: "长", count: 160)]
    let unitLists = [[], ["区政务服务局"], ["区发改委", "区财政局", "各街道办事处"]]
    for text in texts {
      for units in unitLists {
        let task = task(text, units: units, status: "推进")
        let description = PageFactory.taskDescription(task, narrative: narrative)
        #expect(description == reference(task, narrative))
      }
    }
  }
}
