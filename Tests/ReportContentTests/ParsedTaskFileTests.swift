import FileBytes
import Foundation
import ReportModel
import Testing

@testable import ReportContent

/// The layout of a parsed task file in the build's cache: every task and diagnostic reads back
/// equal, and damaged bytes are refused, never misread.
@Suite struct ParsedTaskFileTests {
  static let path = "Content/reports/2020/rounds/2020-12-16/3.md"

  /// Task files as the reader meets them: written by report-site (the fast reader), with every
  /// field (both readers), through Yams, with errors, with warnings, in GB18030.
  static func files() throws -> [(name: String, bytes: [UInt8])] {
    let full = TaskRolesFileTests.fullTask()
    var withDue = full
    withDue.due = "2021-06-30"
    withDue.writtenAs = TaskSpelling(heading: "\n3.5G基站建设", units: "责任单位:区发改委", status: nil)
    let written = TaskFile.text(for: withDue, sectionNumeral: "一", subsectionNumeral: "二")
    let slow =
      "\u{FEFF}---\r\nnumber: 3\r\nsection: 1\r\ntask: \"引号 # 井号\"\r\n"
      + "units: [甲, 乙]\r\nstatus: 推进中\r\n---\r\n正文\r\n"
    let broken = "---\nnumber: three\nsection: 1\ntask: 任务\nunits:\n  - 甲\nstatus: 已完成\n---\n正文\n"
    let unclosed = "---\nnumber: 3\nsection: 1\n"
    let gb18030 = try encoded(
      "---\nnumber: 3\nsection: 1\ntask: 任务\nunits:\n  - 甲\nstatus: 已完成\n---\n中文正文\n",
      as: "GB18030")
    return [
      ("written by report-site", Array(written.utf8)),
      ("plain", Array(TaskFile.text(for: full, sectionNumeral: "一", subsectionNumeral: nil).utf8)),
      ("through Yams", Array(slow.utf8)),
      ("with an error", Array(broken.utf8)),
      ("unclosed", Array(unclosed.utf8)),
      ("in GB18030", gb18030),
      ("empty", []),
    ]
  }

  @Test func everyParseReadsBackEqual() throws {
    var sawTask = false
    var sawDiagnostic = false
    for file in try Self.files() {
      let parsed = ParsedTaskFile(reading: file.bytes, path: Self.path)
      sawTask = sawTask || parsed.task != nil
      sawDiagnostic = sawDiagnostic || !parsed.diagnostics.isEmpty
      let bytes = parsed.bytes(path: Self.path)
      let back = try bytes.withUnsafeBytes { try ParsedTaskFile(bytes: $0, path: Self.path) }
      #expect(back == parsed, "\(file.name)")
      // Every place, diagnostics' too, and the extras, field by field.
      #expect(back.task?.fieldLocations == parsed.task?.fieldLocations, "\(file.name)")
      #expect(back.task?.unitLocations == parsed.task?.unitLocations, "\(file.name)")
      #expect(back.diagnostics.map(\.description) == parsed.diagnostics.map(\.description))
      #expect(back.bytes(path: Self.path) == bytes, "\(file.name)")
    }
    #expect(sawTask && sawDiagnostic)
  }

  @Test func aPlaceInAnotherFileKeepsItsPath() throws {
    var task = TaskRolesFileTests.fullTask()
    task.location = SourceLocation(path: Self.path, line: 1, column: 1)
    task.locations[.status] = SourceLocation(path: "Content/site.yml", line: 7, column: 3)
    task.unitLocations = [
      SourceLocation(path: Self.path, line: 5, column: 5),
      SourceLocation(path: "elsewhere.md", line: 2, column: 0),
      SourceLocation(path: Self.path, line: 6, column: 5),
    ]
    let parsed = ParsedTaskFile(
      task: task,
      diagnostics: [
        .warning(SourceLocation(path: "other.yml", line: 3), "a warning", notes: ["one", "two"])
      ])
    let back = try parsed.bytes(path: Self.path).withUnsafeBytes {
      try ParsedTaskFile(bytes: $0, path: Self.path)
    }
    #expect(back == parsed)
  }

  @Test func damagedBytesAreRefused() throws {
    let file = try #require(try Self.files().first)
    let bytes = ParsedTaskFile(reading: file.bytes, path: Self.path).bytes(path: Self.path)
    // Cut short anywhere, or with bytes after the end: refused, never read out of bounds.
    for count in 0..<bytes.count {
      #expect(throws: ByteReader.Damaged.self) {
        try Array(bytes.prefix(count)).withUnsafeBytes {
          try ParsedTaskFile(bytes: $0, path: Self.path)
        }
      }
    }
    #expect(throws: ByteReader.Damaged.self) {
      try (bytes + [0]).withUnsafeBytes { try ParsedTaskFile(bytes: $0, path: Self.path) }
    }
  }

  /// The layout writes every stored property of a task: a property added to `KeyTask` or to
  /// its extras fails here until the layout (and its version) learns it.
  @Test func theLayoutKnowsEveryStoredPropertyOfATask() throws {
    var task = TaskRolesFileTests.fullTask()
    task.due = "2021-06-30"
    let labels = Mirror(reflecting: task).children.compactMap(\.label)
    #expect(
      labels == [
        "number", "section", "subsection", "text", "units", "unitRoles", "status", "narrative",
        "extras", "locations",
      ])
    let extras = try #require(Mirror(reflecting: task).descendant("extras", "box"))
    let box = try #require(Mirror(reflecting: extras).children.first?.value)
    let fields = try #require(Mirror(reflecting: box).descendant("fields"))
    #expect(
      Mirror(reflecting: fields).children.compactMap(\.label) == [
        "unitMarkers", "leaders", "due", "dueAsWritten", "note", "narrativePeriod",
        "earlierPeriods", "writtenAs",
      ])
    #expect(
      Mirror(reflecting: TaskSpelling()).children.compactMap(\.label) == [
        "heading", "units", "status",
      ])
    #expect(
      Mirror(reflecting: Diagnostic.warning(SourceLocation(path: ""), "")).children.compactMap(
        \.label) == ["severity", "location", "message", "notes"])
  }
}
