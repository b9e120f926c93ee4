import Foundation
import ReportModel
import ReportText
import Testing

@testable import ReportSite

/// The seed report and the repository's templates, and helpers to build them into temporary
/// folders and read the result back.
enum SiteFixture {
  /// The repository's `Templates/` folder.
  static let templates = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Templates")

  static func seedRound() throws -> Round {
    let url = try #require(Bundle.module.url(forResource: "Fixtures/seed", withExtension: "txt"))
    let text = try String(contentsOf: url, encoding: .utf8)
    let (round, diagnostics) = ReportTextParser(vocabulary: .standard).parse(text, path: "seed.txt")
    #expect(!diagnostics.hasErrors, "\(diagnostics)")
    return try #require(round)
  }

  /// The unit directory of the repository's site.yml for the seed: 区人社局 is an alias.
  static let units = UnitDirectory([
    UnitDefinition(name: "区人力资源和社会保障局", aliases: ["区人社局"])
  ])

  static func report(
    baseURL: String? = nil, units: UnitDirectory = SiteFixture.units,
    edit: (inout Round) -> Void = { _ in }
  ) throws -> Report {
    var round = try seedRound()
    edit(&round)
    let config = SiteConfig(
      title: "2020年《政府工作报告》重点任务落实情况", publisher: "青云谱区人民政府", baseURL: baseURL,
      units: units)
    return Report(config: config, rounds: [round], id: ReportID("2020")!)
  }

  @discardableResult
  static func build(
    _ report: Report, into output: URL, templates: URL = templates, session: BuildSession? = nil
  ) throws -> SiteBuildSummary {
    var options = SiteBuildOptions(templates: templates, output: output)
    options.session = session
    return try SiteBuilder(report: report, options: options).build()
  }

  /// The files of the site in `output` whose bytes differ from a full build of `report` (made
  /// in `fresh`, then removed), or that only one of them has, sorted.
  static func differencesFromAFullBuild(
    of report: Report, in output: URL, fresh: URL
  ) throws -> [String] {
    try build(report, into: fresh)
    let (built, expected) = (try tree(output), try tree(fresh))
    try FileManager.default.removeItem(at: fresh)
    return Set(built.keys).union(expected.keys).filter { built[$0] != expected[$0] }.sorted()
  }

  /// Every file under `folder` (hidden ones too) by relative path.
  static func tree(_ folder: URL) throws -> [String: Data] {
    var files: [String: Data] = [:]
    let enumerator = try #require(FileManager.default.enumerator(atPath: folder.path))
    for case let path as String in enumerator {
      let url = folder.appendingPathComponent(path)
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory),
        !isDirectory.boolValue
      {
        files[path] = try Data(contentsOf: url)
      }
    }
    return files
  }

  static func text(_ folder: URL, _ path: String) throws -> String {
    try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
  }

  /// `html` without the theme's inline 长辈版 script (the one in `layout.mustache`), which must
  /// be there exactly once.
  static func withoutElderScript(_ html: String) throws -> String {
    let layout = try String(
      contentsOf: templates.appendingPathComponent("layout.mustache"), encoding: .utf8)
    let start = try #require(layout.range(of: "<script>"))
    let end = try #require(layout.range(of: "</script>", range: start.upperBound..<layout.endIndex))
    let script = String(layout[start.lowerBound..<end.upperBound])
    #expect(html.count(of: script) == 1)
    return html.replacingOccurrences(of: script, with: "")
  }

  /// A copy of the repository's templates that a test may break.
  static func copyTemplates(into folder: TemporaryFolder) throws -> URL {
    let copy = folder.url.appendingPathComponent("Templates")
    try FileManager.default.copyItem(at: templates, to: copy)
    return copy
  }

  /// Replaces `old` with `new` in a copied template; returns the 1-based line of the change.
  @discardableResult
  static func edit(_ templates: URL, _ name: String, replacing old: String, with new: String)
    throws -> Int
  {
    let url = templates.appendingPathComponent(name + ".mustache")
    let text = try String(contentsOf: url, encoding: .utf8)
    let range = try #require(text.range(of: old), "\(old) not in \(name)")
    try text.replacingCharacters(in: range, with: new).write(
      to: url, atomically: true, encoding: .utf8)
    return text[..<range.lowerBound].count { $0 == "\n" } + 1
  }

  /// Names in `folder` that look like a build's temporary siblings.
  static func leftovers(in folder: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.contains(".tmp-") || $0.contains(".old-") }
  }
}

/// A folder under the system's temporary folder, removed when the value goes away.
final class TemporaryFolder {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("report-site-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  /// `Output` inside the folder (not created).
  var output: URL { url.appendingPathComponent("Output") }
}
