import Foundation
import ReportModel
import Testing

@testable import ReportContent

/// The fast front-matter reader and Yams read the same task, locations included, and every
/// file the fast reader is not sure of goes to Yams with its diagnostics.
@Suite struct TaskFrontMatterTests {
  /// Reads `text` both ways; returns whether the fast reader answered.
  @discardableResult
  func expectSameRead(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation)
    -> Bool
  {
    let path = "Content/rounds/2020-12-16/1.md"
    let fast = TaskFile.read(text, path: path)
    let slow = TaskFile.read(text, path: path, fast: false)
    #expect(fast.0 == slow.0, sourceLocation: sourceLocation)
    #expect(fast.1 == slow.1, sourceLocation: sourceLocation)
    return fast.1.isEmpty
      && TaskFrontMatter.task(
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
          .dropFirst().prefix { $0 != "---" }.joined(separator: "\n"), path: path, narrative: "",
        location: ReportModel.SourceLocation(path: path, line: 1, column: 1)) != nil
  }

  @Test func seedFilesReadTheSameBothWays() throws {
    let layout = try seedContent()
    let folder = layout.roundFolder(try #require(ContentReader(layout: layout).roundIDs().last))
    let names = try FileManager.default.contentsOfDirectory(atPath: folder)
      .filter { $0.hasSuffix(".md") && $0 != "intro.md" }
    #expect(names.count == 78)
    for name in names {
      let text = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
      #expect(expectSameRead(text), "\(name) was not read by the fast reader")
    }
  }

  @Test func writtenFilesWithEveryKindOfScalarReadTheSameBothWays() throws {
    var task = KeyTask(
      number: 12, section: 3, subsection: 2, text: "a \"quoted\" task: with\\ and\ttab",
      units: ["区教体局", "- dash", "#hash", "trailing ", "null", "2020", "yes"],
      status: "推进中,计划年底前完成", narrative: "Body\n\nmore", due: "2021-06-30",
      writtenAs: TaskSpelling(heading: "\n12.标题", units: "责任单位:区教体局", status: "\u{1}x"))
    #expect(expectSameRead(TaskFile.text(for: task, sectionNumeral: "三", subsectionNumeral: "2")))
    task.writtenAs = TaskSpelling(units: "only units")
    task.due = nil
    #expect(expectSameRead(TaskFile.text(for: task, sectionNumeral: "3", subsectionNumeral: nil)))
  }

  static let base = """
    ---
    number: 1
    section: 一
    subsection: 二
    task: 任务
    units:
      - 区教体局
      - 区民政局
    status: 已完成
    due: "2021-01-31"
    ---
    正文

    """

  /// Variants the fast reader must leave to Yams; both paths must agree on each.
  @Test(arguments: [
    ("task: 任务", "task: '任务'"), ("task: 任务", "task: |\n  任务"), ("task: 任务", "task: >\n  任务"),
    ("task: 任务", "task: &a 任务"), ("task: 任务", "task: *a"), ("task: 任务", "task: [任务]"),
    ("task: 任务", "task: {a: 任务}"), ("task: 任务", "task:  任务"), ("task: 任务", "task: 任务 # c"),
    ("task: 任务", "task: 任务\n  续行"), ("task: 任务", "task: \"任\\a务\""),
    ("task: 任务", "task: \"任\\u00e9务\""), ("task: 任务", "task: \"任务\" "), ("task: 任务", "task:\t任务"),
    ("task: 任务", "task: 任务:"), ("task: 任务", "task: a: b"), ("task: 任务", "task: ~"),
    ("task: 任务", "task: null"), ("task: 任务", "task:"), ("task: 任务", "task: !!str 任务"),
    ("  - 区教体局", "   - 区教体局"), ("  - 区教体局", "- 区教体局"), ("  - 区教体局", "\t- 区教体局"),
    ("units:\n  - 区教体局\n  - 区民政局", "units: [区教体局, 区民政局]"),
    ("units:\n  - 区教体局\n  - 区民政局", "units:"), ("units:\n  - 区教体局\n  - 区民政局", "units: 区教体局"),
    ("units:\n  - 区教体局", "units:\n\n  - 区教体局"), ("  - 区民政局", "  - 区民政局\n  - "),
    ("number: 1", "number: x"), ("number: 1", "number: 1\nnumber: 2"), ("number: 1", ""),
    ("number: 1", "Number: 1"), ("number: 1", "number: 1\nextra: 2"), ("status: 已完成", "status:"),
    ("due: \"2021-01-31\"", "due: 2021-13-31"), ("due: \"2021-01-31\"", "due: ~"),
    ("due: \"2021-01-31\"", "due: 2021-01-31"), ("subsection: 二", "subsection: 二二二x"),
    ("status: 已完成", "status: 已完成\nwrittenAs:"),
    ("status: 已完成", "status: 已完成\nwrittenAs:\n  heading: h\n  heading: i"),
    ("status: 已完成", "status: 已完成\n# note\nwrittenAs:\n  status: \"s\\x01\""),
    ("status: 已完成", "status: 已完成\nwrittenAs:\n   status: s"),
    ("status: 已完成", "status: 已完成\nwrittenAs:\n  other: s"), ("status: 已完成", "status: 已\u{2028}完成"),
    ("status: 已完成", "status: 已\u{85}完成"), ("status: 已完成", "status: \"已完成"),
    ("number: 1", "%YAML 1.1\nnumber: 1"), ("number: 1", "number: 1 #"),
    ("number: 1", "? number\n: 1"),
    ("  - 区民政局", "  - \"\\uFEFFbom\""),
    // Marks that join the space before a value, and other scalars at its ends.
    ("task: 任务", "task: \u{301}任务"), ("  - 区教体局", "  - \u{301}区教体局"),
    ("task: 任务", "task: “任务”"), ("status: 已完成", "status: （已完成）"), ("task: 任务", "task: é任务"),
    ("task: 任务", "task: 任务\u{3000}"), ("task: 任务", "task: \u{3000}任务"),
    ("task: 任务", "task: 任\u{FEFF}务"),
    ("task: 任务", "task: 任\u{FFFF}务"), ("task: 任务", "task: 任\u{9F}务"), ("task: 任务", "task: NULL"),
    ("task: 任务", "task: nul"), ("task: 任务", "task: \"任\\x41\\u4E2D务\\n\\t\\\"\\\\\""),
    ("task: 任务", "task: \"任\\uD800\""), ("task: 任务", "task: \"任\\x4\""), ("task: 任务", "task: \"\""),
    ("task: 任务", "task: \""), ("number: 1", "number: \"1\""),
    ("number: 1", "number: \" 1\u{3000}\""),
    // The lines around the front matter.
    ("---\nnumber", "---\u{3000}\nnumber"), ("---\nnumber", "--- \u{301}\nnumber"),
    ("---\n正文", "\t---  \n正文"), ("---\n正文", "-- -\n正文"), ("正文\n", "正文"), ("---\n正文\n", "---"),
    ("number: 1", "number: 1\n---\nmore"), ("---\nnumber", "\n---\nnumber"),
  ])
  func variantsReadTheSameBothWays(_ edit: (String, String)) throws {
    #expect(Self.base.contains(edit.0))
    expectSameRead(Self.base.replacingOccurrences(of: edit.0, with: edit.1))
  }

  /// Variants the fast reader reads itself, the same as Yams.
  @Test(arguments: [
    ("task: 任务", "task: “任务”"), ("status: 已完成", "status: （已完成）"), ("task: 任务", "task: é任务"),
    ("task: 任务", "task: \"任\\x41\\u4E2D务\\n\\t\\\"\\\\\""), ("number: 1", "number: \"1\""),
    (
      "status: 已完成",
      "status: 已完成\n# note\nwrittenAs:\n  heading: \"\\n1.任务\"\n  units: u\n  status: s"
    ),
    ("正文\n", "正文"),
  ])
  func variantsAreReadByTheFastReader(_ edit: (String, String)) throws {
    #expect(Self.base.contains(edit.0))
    #expect(expectSameRead(Self.base.replacingOccurrences(of: edit.0, with: edit.1)))
  }

  @Test func theBaseFileIsReadByTheFastReader() {
    #expect(expectSameRead(Self.base))
    expectSameRead(Self.base.replacingOccurrences(of: "\n", with: "\r\n"))
    expectSameRead("\u{FEFF}" + Self.base)
  }
}
