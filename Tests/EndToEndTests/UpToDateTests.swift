import Foundation
import Testing

/// A build whose inputs and output are as the last build left them stops early; any change of
/// input, or a page removed from the output by hand, makes it build.
@Suite struct UpToDateBuild {
  let templates = repositoryRoot.appendingPathComponent("Templates").path

  /// A copy of the repository's Content/ and Templates/, and an Output/ built from them.
  struct Site {
    let folder: String
    var content: String { folder + "/Content" }
    var templates: String { folder + "/Templates" }
    var output: String { folder + "/Output" }

    func build(templates: String? = nil) throws -> CommandResult {
      try ReportSiteBinary.run([
        "build", "--content", content, "--templates", templates ?? self.templates,
        "--output", output,
      ])
    }

    /// Each file's inode and modification time.
    func identities() throws -> [String: String] {
      var result: [String: String] = [:]
      let walker = FileManager.default.enumerator(atPath: output)
      while let relative = walker?.nextObject() as? String {
        let attributes = try FileManager.default.attributesOfItem(atPath: output + "/" + relative)
        let inode = attributes[.systemFileNumber] as? NSNumber
        let time = attributes[.modificationDate] as? Date
        result[relative] = "\(inode ?? -1) \(time?.timeIntervalSince1970 ?? 0)"
      }
      return result
    }

    func append(_ text: String, to path: String) throws {
      let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
      try handle.seekToEnd()
      try handle.write(contentsOf: Data(text.utf8))
      try handle.close()
    }
  }

  func site() throws -> Site {
    let site = Site(folder: try temporaryFolder())
    try FileManager.default.copyItem(
      atPath: repositoryRoot.appendingPathComponent("Content").path, toPath: site.content)
    try FileManager.default.copyItem(atPath: templates, toPath: site.templates)
    let first = try site.build()
    #expect(first.status == 0, "\(first.stderr)")
    #expect(first.output.contains("pages"))
    return site
  }

  func expectBuilt(_ result: CommandResult, _ comment: Comment) {
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.output.contains("pages"), comment)
  }

  @Test func noChangeStopsEarlyAndTouchesNothing() throws {
    let site = try site()
    let before = try site.identities()
    let again = try site.build()
    #expect(again.status == 0)
    #expect(again.output == "\(site.output) is up to date\n")
    #expect(try site.identities() == before)
  }

  /// A file whose time changes but whose bytes do not (a checkout, a copy, `touch`) is still
  /// unchanged: the quick check by names, sizes and times fails, the check by bytes passes.
  @Test func aTouchedButUnchangedFileStillCountsAsUnchanged() throws {
    let site = try site()
    let before = try site.identities()
    let rounds = try FileManager.default.contentsOfDirectory(
      atPath: site.content + "/reports/2020/rounds")
    let task =
      site.content + "/reports/2020/rounds/" + rounds.filter { !$0.hasPrefix(".") }.sorted().last!
      + "/3.md"
    try FileManager.default.setAttributes(
      [.modificationDate: Date(timeIntervalSinceNow: 3600)], ofItemAtPath: task)
    let again = try site.build()
    #expect(again.output == "\(site.output) is up to date\n")
    #expect(try site.identities() == before)
    // Another status: built.
    let text = try String(contentsOfFile: task, encoding: .utf8)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
      $0.hasPrefix("status:") ? "status: 未启动" : String($0)
    }
    try lines.joined(separator: "\n").write(toFile: task, atomically: false, encoding: .utf8)
    expectBuilt(try site.build(), "a status changed")
  }

  @Test func anOutputInAFolderNotYetMadeIsBuilt() throws {
    let site = Site(folder: try temporaryFolder())
    let result = try ReportSiteBinary.run([
      "build", "--content", repositoryRoot.appendingPathComponent("Content").path,
      "--templates", templates, "--output", site.folder + "/www/gzbg/Output",
    ])
    expectBuilt(result, "the folders for the output are made")
    #expect(FileManager.default.fileExists(atPath: site.folder + "/www/gzbg/Output/index.html"))
  }

  @Test func aOneByteChangeOfATaskRebuilds() throws {
    let site = try site()
    let rounds = try FileManager.default.contentsOfDirectory(
      atPath: site.content + "/reports/2020/rounds")
    let task =
      site.content + "/reports/2020/rounds/" + rounds.filter { !$0.hasPrefix(".") }.sorted().last!
      + "/17.md"
    try site.append("。", to: task)
    expectBuilt(try site.build(), "a task changed")
    #expect(try site.build().output.hasSuffix("is up to date\n"))
  }

  @Test func aChangeOfSiteYmlATemplateOrTheTemplatesFolderRebuilds() throws {
    let site = try site()
    try site.append("\n", to: site.content + "/site.yml")
    expectBuilt(try site.build(), "site.yml changed")
    try site.append("\n", to: site.templates + "/task.mustache")
    expectBuilt(try site.build(), "a template changed")
    try site.append("\n", to: site.templates + "/assets/site.css")
    expectBuilt(try site.build(), "an asset changed")
    expectBuilt(try site.build(templates: templates), "another templates folder")
  }

  @Test func aNewRoundFolderOrADeletedFileRebuilds() throws {
    let site = try site()
    let rounds = site.content + "/reports/2020/rounds"
    let latest = try FileManager.default.contentsOfDirectory(atPath: rounds)
      .filter { !$0.hasPrefix(".") }.sorted().last!
    try FileManager.default.copyItem(
      atPath: rounds + "/" + latest, toPath: rounds + "/2099-01-01")
    expectBuilt(try site.build(), "a new round")
    try FileManager.default.removeItem(atPath: rounds + "/2099-01-01/78.md")
    expectBuilt(try site.build(), "a deleted task file")
  }

  @Test func aPageRemovedOrAddedByHandIsRebuilt() throws {
    let site = try site()
    let page = site.output + "/2020/tasks/17.html"
    let bytes = try Data(contentsOf: URL(fileURLWithPath: page))
    try FileManager.default.removeItem(atPath: page)
    expectBuilt(try site.build(), "a page removed")
    #expect(try Data(contentsOf: URL(fileURLWithPath: page)) == bytes)
    try Data("stray".utf8).write(to: URL(fileURLWithPath: site.output + "/stray.html"))
    expectBuilt(try site.build(), "a page added")
    #expect(!FileManager.default.fileExists(atPath: site.output + "/stray.html"))
    try site.append("<!-- edited -->", to: page)
    expectBuilt(try site.build(), "a page edited")
    #expect(try Data(contentsOf: URL(fileURLWithPath: page)) == bytes)
  }
}
