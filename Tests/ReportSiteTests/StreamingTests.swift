import Foundation
import SiteOutput
import Testing

@testable import ReportSite
@testable import SiteOutput

/// What keeps a large build's memory small gives the same files: files written in pieces,
/// the search index made in several parts, the task pages in pieces.
@Suite struct StreamingTests {
  /// Writes `pieces` as the file `name` of a new build over `url`, and commits.
  static func build(_ url: URL, _ name: String, pieces: [[UInt8]]) throws {
    let output = OutputDirectory(url)
    try output.prepare()
    try output.write(to: name) { file in
      for piece in pieces { try file.append(piece) }
    }
    try output.commit()
  }

  @Test func aFileWrittenInPiecesHoldsTheirBytesAndIsKeptWhenUnchanged() throws {
    let folder = try TemporaryFolder()
    let big = [UInt8](repeating: UInt8(ascii: "x"), count: OutputFileWriter.chunkSize + 17)
    let pieces = [Array("开头".utf8), big, Array("结尾\n".utf8)]
    try Self.build(folder.output, "data.json", pieces: pieces)
    let path = folder.output.appendingPathComponent("data.json").path
    #expect(FileManager.default.contents(atPath: path) == Data(pieces.joined()))
    let inode = try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? Int
    // The same bytes in other pieces: the old file is kept.
    try Self.build(folder.output, "data.json", pieces: [Array(pieces.joined())])
    #expect(
      try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? Int == inode)
    // One byte more, or one byte less: written again.
    for changed in [pieces + [[0x0A]], [Array(pieces.joined().dropLast())]] {
      try Self.build(folder.output, "data.json", pieces: changed)
      #expect(FileManager.default.contents(atPath: path) == Data(changed.joined()))
    }
    #expect(try SiteFixture.leftovers(in: folder.url).isEmpty)
  }

  @Test func searchIndexPartsMakeTheFilesOfOnePart() {
    var entries: [SearchIndex.Entry] = []
    for number in 1...400 {
      let words = (0..<(number % 37 + 3)).map { "进展\($0 * number % 97)号，多多益善；" }.joined()
      entries.append(
        SearchIndex.Entry(
          number: number, text: "任务\(number)", units: [0], category: "done", label: "已完成",
          written: "已完成", section: 1, subsection: nil, overdue: false,
          narrative: "<p>\(words)</p>"))
    }
    let index = SearchIndex(entries: entries, sections: [], units: [])
    let one = index.files()
    #expect(one.count > 3)
    for groups in [2, 3, 7] {
      let parts = SearchIndexParts(groups: groups, index: index)
      let files = (0..<groups).flatMap { parts.files(group: $0) }
      #expect(files.map(\.name).sorted() == one.map(\.name).sorted())
      let byName = Dictionary(uniqueKeysWithValues: files.map { ($0.name, $0.json) })
      for file in one { #expect(byName[file.name] == file.json, "\(file.name)") }
    }
  }

  @Test func taskPiecesCoverTheTasksInOrder() {
    for count in [0, 1, 2, 999, 1000, 1001, 2500, 100_000] {
      let pieces = PageFactory.pieces(of: 5..<(5 + count))
      #expect(pieces.count >= 2)
      #expect(pieces.allSatisfy { $0.count <= PageFactory.tasksPerPart })
      #expect(pieces.first?.lowerBound == 5 && pieces.last?.upperBound == 5 + count)
      #expect(zip(pieces, pieces.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
    }
  }
}
