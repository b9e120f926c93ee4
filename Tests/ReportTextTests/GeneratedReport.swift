import ReportModel

/// A deterministic random number generator (SplitMix64), so that a failing report can be made
/// again from its seed.
struct SeededGenerator: RandomNumberGenerator {
  var state: UInt64

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }
}

/// A random well-formed report in one of the text layouts, with the tasks it states.
struct GeneratedReport {
  var text: String
  var tasks: [ExpectedFields]

  /// What a generated task says.
  struct ExpectedFields: Equatable {
    var number: Int
    var section: Int
    var subsection: Int?
    var text: String
    var units: [String]
    var roles: [UnitRole]
    var leaders: [String]
    var status: String
    var narrative: String
    var dueAsWritten: String?
    var note: String?
    var earlierPeriods: [PeriodNarrative]

    init(_ task: KeyTask) {
      number = task.number
      section = task.section
      subsection = task.subsection
      text = task.text
      units = task.units
      roles = task.units.indices.map(task.role(ofUnitAt:))
      leaders = task.leaders
      status = task.status
      narrative = task.narrative
      dueAsWritten = task.dueAsWritten
      note = task.note
      earlierPeriods = task.earlierPeriods
    }
  }

  static let fragments = [
    "推进", "5G基站建设", "3.5亿元", "12个老旧小区", "2021年", "责任单位:区发改委", "贯彻落实情况", "1.第一点",
    "完成状态:已完成", "40.2公里", "(一)", "一、", "牵头单位", "计划年底前完成", "，", "；", "“五型”政府", "100%",
    "3、", "2．", "分管领导:张某", "备注", "确保", "全面落实",
  ]
  static let units = [
    "区发改委", "区财政局", "区住建局", "区政府办(区外办)", "区卫健委", "青云谱公安分局", "区教体局", "区市场监管局",
  ]
  static let statuses = [
    "已完成", "已完成并长期坚持", "推进中", "推进中,计划年底前完成", "进度滞后", "未启动", "序时推进", "达进度", "超进度",
    "欠进度", "滞后", "未完成", "已办结", "正在办理", "推进中,计划11月底前完成", "推进中,计划2021年6月底前完成",
    "推进中,力争年内完成", "推进中，计划三季度末完成", "已完成,2021年6月底前完成验收",
  ]

  /// A report from `random`.
  static func make(_ random: inout SeededGenerator) -> GeneratedReport {
    var lines: [String] = []
    var tasks: [ExpectedFields] = []
    let colon = Bool.random(using: &random) ? ":" : "："
    if Bool.random(using: &random) {
      lines.append("索引号: | TEST-\(Int.random(in: 1...999, using: &random)) | 主题分类: | |")
      lines.append("发布机构: | 示例区人民政府 | 生成日期: | 2020-12-16 |")
    } else {
      lines.append("索引号: TEST-\(Int.random(in: 1...999, using: &random)) 组配分类: 督查")
      lines.append(
        "发布日期: " + ["2020/12/16", "2020.12.16", "2020年12月16日"].randomElement(using: &random)!)
    }
    if Bool.random(using: &random) { lines.append("现将有关情况通报如下:") }
    var number = Int.random(in: 1...40, using: &random)
    // One report in five has no section headings: it is one section.
    let flat = Int.random(in: 0..<5, using: &random) == 0
    for section in 1...(flat ? 1 : Int.random(in: 1...4, using: &random)) {
      if !flat { lines.append(ChineseNumeral.text(for: section) + "、第\(section)部分") }
      let subsections = flat ? 0 : Int.random(in: 0...3, using: &random)
      for subsection in 0...subsections {
        if subsection > 0 { lines.append("(" + ChineseNumeral.text(for: subsection) + ")小节") }
        if subsection == 0 && subsections > 0 { continue }
        for _ in 0..<Int.random(in: 1...4, using: &random) {
          var task = KeyTask(
            number: number, section: section, subsection: subsection == 0 ? nil : subsection,
            text: "", units: [], status: "", narrative: "")
          lines += makeTask(&task, colon: colon, &random)
          tasks.append(ExpectedFields(task))
          number += 1
        }
      }
    }
    // Windows line ends and a byte order mark, now and then.
    let lineEnd = Int.random(in: 0..<4, using: &random) == 0 ? "\r\n" : "\n"
    let bom = Int.random(in: 0..<4, using: &random) == 0 ? "\u{FEFF}" : ""
    return GeneratedReport(text: bom + lines.joined(separator: lineEnd), tasks: tasks)
  }

  /// Random words with digits, labels and numbers inside.
  static func words(_ random: inout SeededGenerator, count: ClosedRange<Int>) -> String {
    (0..<Int.random(in: count, using: &random)).map { _ in
      fragments.randomElement(using: &random)!
    }.joined()
  }

  /// The lines of one task in a random layout; fills `task` with what they say.
  static func makeTask(_ task: inout KeyTask, colon: String, _ random: inout SeededGenerator)
    -> [String]
  {
    let separator = [".", "、", "．"].randomElement(using: &random)!
    // Task texts that start with digits, labels and numbers.
    task.text =
      ["", "3.5G", "12.", "2021年", "40.2"].randomElement(using: &random)!
      + words(&random, count: 1...4) + "。"
    var lines = ["\(task.number)\(separator)\(task.text)"]
    // Blank lines before a task's label lines change nothing.
    if Int.random(in: 0..<5, using: &random) == 0 { lines.append("") }
    let names = Array(units.shuffled(using: &random).prefix(Int.random(in: 1...3, using: &random)))
    task.units = names
    switch Int.random(in: 0...2, using: &random) {
    case 0:
      lines.append("责任单位" + colon + names.joined(separator: "、"))
    case 1:
      lines.append("牵头单位" + colon + names[0])
      task.unitRoles = [.lead] + Array(repeating: .co, count: names.count - 1)
      if names.count > 1 { lines.append("配合单位" + colon + names.dropFirst().joined(separator: "、")) }
    default:
      task.unitRoles = names.indices.map { $0 == 0 ? .lead : .co }
      lines.append(
        "责任单位" + colon
          + names.enumerated().map { $0.element + ($0.offset == 0 ? "（牵头）" : "（配合）") }.joined(
            separator: "、"))
    }
    if Bool.random(using: &random) {
      task.leaders = Array(["王某某", "李某", "陈某某"].prefix(Int.random(in: 1...2, using: &random)))
      lines.append("分管领导" + colon + task.leaders.joined(separator: "、"))
    }
    if Bool.random(using: &random) {
      task.dueAsWritten = ["2021年6月底", "长期坚持", "2020年12月31日", "年底前"].randomElement(using: &random)!
      lines.append("完成时限" + colon + task.dueAsWritten!)
    }
    task.status = statuses.randomElement(using: &random)!
    var narrative = [words(&random, count: 0...6)]
    for _ in 0..<Int.random(in: 0...2, using: &random) {
      // Continuation lines may start with numbers, never with the next task's.
      let starts = ["其中", "3.5亿元", "1.", "2、", "\(task.number).\(task.number)万元"].filter {
        !$0.hasPrefix("\(task.number + 1)")
      }
      let start = starts.randomElement(using: &random)!
      narrative.append(start + words(&random, count: 1...5))
    }
    task.narrative = narrative.joined(separator: "\n")
    switch Int.random(in: 0...2, using: &random) {
    case 0:
      lines.append("贯彻落实情况" + colon + task.status + "。" + task.narrative)
    case 1:
      lines.append("完成状态" + colon + task.status)
      lines.append("进展情况" + colon + "截至目前" + task.narrative)
      task.narrative = "截至目前" + task.narrative
    default:
      let earlier = "截至10月" + words(&random, count: 1...3)
      task.earlierPeriods = [PeriodNarrative(period: "1-10月", narrative: earlier)]
      let latest = "1-11月推进情况" + colon + task.status + "。" + task.narrative
      if Bool.random(using: &random) {
        lines += ["1-10月推进情况" + colon + earlier, latest]
      } else {
        lines += [latest, "1-10月推进情况" + colon + earlier]
      }
    }
    if Bool.random(using: &random) {
      task.note = "说明" + words(&random, count: 1...2)
      lines.append("备注" + colon + task.note!)
    }
    return lines
  }
}
