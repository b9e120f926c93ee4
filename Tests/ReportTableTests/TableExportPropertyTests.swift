import Foundation
import ReportModel
import Testing

@testable import ReportTable

/// Generated rounds written as a table and read back are the same rounds.
@Suite struct TableExportPropertyTests {
  typealias Generator = TableRoundTripPropertyTests.Generator

  /// Text as a report writes it: digits, formula starts, commas, quotes, line breaks inside.
  static func text(_ generator: inout Generator) -> String {
    let pieces = [
      "推进", "3.5G", "12.", "40.2021年", "=1+1", "-3%", "+5", "@区", ",", "，", "\"引号\"", "一、",
      "(一)", "责任单位:", "序号", "\n第二行", "1.", "、", "&", "<b>",
    ]
    var text = "任务"
    for _ in 0..<(1 + Int(generator.next() % 4)) { text += generator.pick(pieces) }
    return generator.next() % 3 == 0 ? generator.pick(["=", "-", "+", "@"]) + text : text
  }

  static func round(_ generator: inout Generator) -> Round {
    let statuses = StatusVocabulary.standard.definitions.map(\.label)
    let unitNames = ["区商务局", "区发改委", "区政府办(区外办)", "各街道", "区财政局"]
    let periods = ["1-9月", "1-10月", "1-11月"]
    var round = Round(
      id: RoundID("2021-06-30")!,
      metadata: [
        MetadataEntry(key: "标题", value: "生成的报告"), MetadataEntry(key: "生成日期", value: "2021-06-30"),
      ])
    let sectionCount = 1 + Int(generator.next() % 3)
    var number = 0
    let usePeriods = generator.next() % 2 == 0
    for sectionNumber in 1...sectionCount {
      var section = ReportSection(number: sectionNumber, title: "部分\(sectionNumber)")
      let subsectionCount = Int(generator.next() % 3)
      for subsection in [nil] + (0..<subsectionCount).map({ Optional($0 + 1) }) {
        if let subsection {
          section.subsections.append(ReportSubsection(number: subsection, title: "小节\(subsection)"))
        }
        for _ in 0..<Int(generator.next() % 3) {
          number += 1
          var task = KeyTask(
            number: number, section: sectionNumber, subsection: subsection,
            text: text(&generator), units: [], status: generator.pick(statuses),
            narrative: generator.next() % 4 == 0 ? "" : text(&generator))
          let count = 1 + Int(generator.next() % 3)
          task.units = (0..<count).map { unitNames[($0 + Int(generator.next() % 5)) % 5] }
          switch generator.next() % 3 {
          case 0: break
          case 1: task.unitRoles = (0..<count).map { $0 == 0 ? .lead : .co }
          default:
            task.unitMarkers = (0..<count).map { $0 == 0 ? "（牵头）" : "" }
            task.unitRoles = (0..<count).map { $0 == 0 ? .lead : .unstated }
          }
          if generator.next() % 2 == 0 {
            task.leaders = ["陈立新", "周海"].prefix(1 + Int(generator.next() % 2)).map { $0 }
          }
          if generator.next() % 2 == 0 {
            task.dueAsWritten = generator.pick(["2021年底", "长期坚持", "2021-12-31"])
          }
          if generator.next() % 3 == 0 { task.note = text(&generator) }
          if usePeriods {
            task.narrativePeriod = periods[2]
            task.earlierPeriods = [PeriodNarrative(period: periods[1], narrative: text(&generator))]
          }
          round.tasks.append(task)
        }
      }
      round.sections.append(section)
    }
    return round
  }

  /// What a round says, without where it was read from.
  static func content(_ round: Round) -> [String] {
    [round.id.rawValue, "\(round.metadata)", "\(round.sections)"]
      + round.tasks.map { task in
        [
          "\(task.number) \(task.section) \(String(describing: task.subsection))", task.text,
          "\(task.units) \(task.unitRoles) \(task.unitMarkers) \(task.leaders)", task.status,
          task.narrative,
          "\(String(describing: task.dueAsWritten)) \(String(describing: task.note))",
          "\(String(describing: task.narrativePeriod)) \(task.earlierPeriods)",
        ].joined(separator: " | ")
      }
  }

  @Test func generatedRoundsReadBackAsExported() throws {
    var generator = Generator(state: 9)
    var checked = 0
    for _ in 0..<200 {
      let round = Self.round(&generator)
      guard !round.tasks.isEmpty else { continue }
      let sheet = TableExport.sheet(for: round)
      for (format, bytes) in [
        (TableFormat.csv, Data(sheet.csvBytes)),
        (.xlsx, try XLSXWriter.data(sheet, modified: Date(timeIntervalSince1970: 0))),
      ] {
        let document = try TableDocument.read(bytes, format: format, name: "t").get()
        let outcome = importer.read(document, path: "t")
        let again = try #require(outcome.round, "\(outcome.diagnostics.map(\.description))")
        #expect(Self.content(again) == Self.content(round))
        #expect(outcome.diagnostics.isEmpty)
      }
      checked += 1
    }
    #expect(checked > 150)
  }
}
