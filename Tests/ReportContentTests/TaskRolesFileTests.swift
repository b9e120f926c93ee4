import ReportModel
import Testing

@testable import ReportContent

/// Roles, leaders, deadlines as written, notes and earlier periods in task files and site.yml.
@Suite struct TaskRolesFileTests {
  static func fullTask() -> KeyTask {
    var task = KeyTask(
      number: 3, section: 1, subsection: 2, text: "3.5G基站建设", units: ["区发改委", "区工信局", "区财政局"],
      status: "推进中,计划11月底前完成", narrative: "已建成120个。\n\n续段")
    task.unitRoles = [.lead, .co, .co]
    task.unitMarkers = ["（牵头）", "", ""]
    task.leaders = ["张某某", "李某"]
    task.dueAsWritten = "长期坚持"
    task.note = "含: 冒号 # 井号"
    task.narrativePeriod = "1-11月"
    task.earlierPeriods = [
      PeriodNarrative(period: "1-9月", narrative: "第一行\n第二行"),
      PeriodNarrative(period: "1-10月", narrative: "\"引号\""),
    ]
    return task
  }

  @Test func everyFieldRoundTripsThroughBothReaders() throws {
    let task = Self.fullTask()
    let text = TaskFile.text(for: task, sectionNumeral: "一", subsectionNumeral: "二")
    let path = "Content/rounds/2020-12-16/3.md"
    let (fast, fastDiagnostics) = TaskFile.read(text, path: path)
    let (slow, slowDiagnostics) = TaskFile.read(text, path: path, fast: false)
    #expect(fastDiagnostics.isEmpty && slowDiagnostics.isEmpty)
    #expect(fast == slow)
    let read = try #require(fast)
    #expect(read.unitRoles == task.unitRoles)
    #expect(read.unitMarkers == task.unitMarkers)
    #expect(read.leaders == task.leaders)
    #expect(read.dueAsWritten == task.dueAsWritten)
    #expect(read.note == task.note)
    #expect(read.narrativePeriod == task.narrativePeriod)
    #expect(read.earlierPeriods == task.earlierPeriods)
    // The fast reader answered itself.
    let frontMatter = text.split(separator: "\n", omittingEmptySubsequences: false)
      .dropFirst().prefix { $0 != "---" }.joined(separator: "\n")
    #expect(
      TaskFrontMatter.task(
        frontMatter, path: path, narrative: "", location: SourceLocation(path: path)) != nil)
  }

  @Test func aTaskWithoutTheNewFieldsIsWrittenAsBefore() {
    let task = KeyTask(
      number: 1, section: 1, subsection: nil, text: "任务", units: ["甲"], status: "已完成",
      narrative: "")
    #expect(
      TaskFile.text(for: task, sectionNumeral: "一", subsectionNumeral: nil)
        == "---\nnumber: 1\nsection: 一\ntask: 任务\nunits:\n  - 甲\nstatus: 已完成\n---\n\n")
  }

  @Test func rolesThatDoNotMatchTheUnitsAreErrors() {
    let text =
      "---\nnumber: 1\nsection: 一\ntask: 任务\nunits:\n  - 甲\n  - 乙\nroles:\n  - lead\n"
      + "  - boss\nstatus: 已完成\n---\n"
    let (task, diagnostics) = TaskFile.read(text, path: "t.md")
    #expect(task == nil)
    #expect(
      diagnostics.map(\.description).contains {
        $0.hasPrefix("t.md:10:5: error: unknown unit role \"boss\"")
      })
    let short =
      "---\nnumber: 1\nsection: 一\ntask: 任务\nunits:\n  - 甲\n  - 乙\nroles:\n  - lead\n"
      + "status: 已完成\n---\n"
    #expect(
      TaskFile.read(short, path: "t.md").1.map(\.message) == ["`roles` lists 1 roles for 2 units"])
  }

  static let site = """
    title: 测试
    statuses:
      - label: 已完成
        category: done
    labels:
      - label: 主办单位
        field: lead-units
      - label: 督办领导
        field: boss
    """

  @Test func siteLabelsAreReadWithTheirLines() throws {
    let (config, diagnostics) = SiteConfigFile.read(Self.site, path: "Content/site.yml")
    #expect(config == nil)
    #expect(diagnostics.count == 1)
    #expect(diagnostics.first?.location.line == 9)
    #expect(diagnostics.first?.message == "unknown field \"boss\" for label \"督办领导\"")
    let good = Self.site.replacingOccurrences(of: "boss", with: "leaders")
    let (read, none) = SiteConfigFile.read(good, path: "Content/site.yml")
    #expect(none.isEmpty)
    let labels = try #require(read?.labels)
    #expect(labels.match("主办单位:")?.field == .leadUnits)
    #expect(labels.match("督办领导")?.field == .leaders)
    #expect(labels.match("牵头单位")?.field == .leadUnits)
    let written = SiteConfigFile.text(for: try #require(read))
    #expect(written.contains("labels:\n  - label: 主办单位\n    field: lead-units\n"))
    #expect(SiteConfigFile.read(written, path: "x").0?.labels == labels)
    #expect(!SiteConfigFile.text(for: SiteConfig(title: "t")).contains("labels:"))
  }
}
