/// Deterministic synthetic reports in the report text format, shaped like the seed: six
/// sections (the last without subsections), one to four units a task, narratives of 80 to 400
/// characters, statuses that advance from round to round.
struct SyntheticReport {
  var taskCount: Int
  var roundDates: [String]

  static let sectionTitles = [
    "聚焦稳增长,确保经济社会平稳运行", "聚焦动能转换,推动产业集聚实现再升级", "聚焦改革开放,推动发展活力实现再突破",
    "聚焦新城打造,推动文明形象实现再提升", "聚焦社会民生,推动幸福生活实现再改善", "聚焦根本宗旨,推动政府建设再加力",
  ]
  static let subsectionTitles = ["强化统筹协调", "狠抓项目建设", "优化服务保障"]
  static let unitNames = [
    "区卫生健康委", "区教体局", "区市场监管局", "区民政局", "区商务局", "区发改委", "区科工局", "区金融办",
    "区人社局", "区投促局", "区住建局", "区城管局", "区生态环境局", "区司法局", "区财政局", "区行政审批局",
    "区文广新旅局", "青云谱公安分局", "区应急管理局", "区统计局", "区信访局", "区医保局", "昌南城投公司", "区政府办",
  ]
  static let phrases = [
    "全面落实工作部署,压实属地责任", "截至目前已完成年度目标的", "组织开展专项整治行动", "建立健全长效管理机制",
    "累计投入资金约", "惠及群众", "持续推进项目建设,加快形成实物工作量", "召开专题调度会议", "对存在的问题逐一整改到位",
    "强化督查考核,确保各项措施落地见效", "积极争取上级政策资金支持", "推动重点项目按计划时间节点开工",
  ]
  static let statuses = ["未启动", "推进中", "推进中,计划年底前完成", "已完成", "已完成并长期坚持"]

  /// A small deterministic generator (SplitMix64), so that every run writes the same reports.
  struct Generator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
  }

  /// Where task `number` sits: section 1…6 and its subsection (nil in section 6).
  func place(of number: Int) -> (section: Int, subsection: Int?) {
    let section = min(6, (number - 1) * 6 / taskCount + 1)
    let firstOfSection = (section - 1) * taskCount / 6 + 1
    if section == 6 { return (6, nil) }
    let perSection = max(1, taskCount / 6)
    return (section, min(3, (number - firstOfSection) * 3 / perSection + 1))
  }

  /// The status index of a task in round `round`: starts low and never goes back, except
  /// that one task in fifty slips back one step in a later round.
  func statusIndex(task number: Int, round: Int) -> Int {
    var generator = Generator(state: UInt64(number) &* 7919)
    var index = generator.below(3)
    for _ in 0..<round {
      let roll = generator.below(100)
      if roll < 35 { index = min(4, index + 1) } else if roll < 37 { index = max(0, index - 1) }
    }
    return index
  }

  func text(round: Int) -> String {
    let date = roundDates[round]
    var lines = [
      "索引号: | s000000-0000-0000-\(1000 + round) | 主题分类: | |",
      "发布机构: | 示范市人民政府 | 生成日期: | \(date) |",
      "文件编号: | 有效性: | 有效 | |",
      "公开范围: | 面向全社会 | 公开方式: | 主动公开 |",
      "近期,市政府办对政府工作报告重点任务落实情况进行了督查,相关情况如下:",
    ]
    var current = (section: 0, subsection: Int?.none)
    for number in 1...taskCount {
      let place = place(of: number)
      if place.section != current.section {
        lines.append(
          "\(numeral(place.section))、\(Self.sectionTitles[place.section - 1])")
        current = (place.section, nil)
      }
      if let sub = place.subsection, sub != current.subsection {
        lines.append("(\(numeral(sub)))\(Self.subsectionTitles[sub - 1])")
        current.subsection = sub
      }
      let task = task(number, round: round)
      lines.append("\(number).\(task.text)")
      lines.append("责任单位:" + task.units.joined(separator: "、"))
      lines.append("贯彻落实情况:\(task.status)。\(task.narrative)")
    }
    return lines.joined(separator: "\n")
  }

  /// One generated task.
  struct GeneratedTask {
    var number: Int
    var section: Int
    var text: String
    var units: [String]
    var status: String
    var narrative: String
  }

  func tasks(round: Int) -> [GeneratedTask] {
    (1...taskCount).map { task($0, round: round) }
  }

  func task(_ number: Int, round: Int) -> GeneratedTask {
    var generator = Generator(state: UInt64(number) &* 104_729 &+ UInt64(round))
    var taskGenerator = Generator(state: UInt64(number) &* 15_485_863)
    let unitCount = 1 + taskGenerator.below(4)
    var units: [String] = []
    while units.count < unitCount {
      let unit = Self.unitNames[taskGenerator.below(Self.unitNames.count)]
      if !units.contains(unit) { units.append(unit) }
    }
    let text =
      (0..<(2 + taskGenerator.below(3))).map { _ in
        Self.phrases[taskGenerator.below(Self.phrases.count)]
      }.joined(separator: ",") + "(第\(number)项)。"
    let narrative =
      (0..<(3 + generator.below(12))).map { _ in
        Self.phrases[generator.below(Self.phrases.count)] + "\(generator.below(1000))"
      }.joined(separator: ";") + "。"
    return GeneratedTask(
      number: number, section: place(of: number).section, text: text, units: units,
      status: Self.statuses[statusIndex(task: number, round: round)], narrative: narrative)
  }

  private func numeral(_ value: Int) -> String {
    ["一", "二", "三", "四", "五", "六"][value - 1]
  }
}
