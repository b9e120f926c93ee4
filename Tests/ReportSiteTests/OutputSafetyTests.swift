import Foundation
import SiteOutput
import Testing

@testable import ReportSite
@testable import SiteOutput

@Suite struct OutputSafetyTests {
  @Test func twoBuildsAreByteIdentical() throws {
    let folder = try TemporaryFolder()
    let report = try SiteFixture.report(baseURL: "https://example.gov.cn/report/")
    let first = folder.url.appendingPathComponent("first")
    let second = folder.url.appendingPathComponent("second")
    try SiteFixture.build(report, into: first)
    try SiteFixture.build(report, into: second)
    let a = try SiteFixture.tree(first)
    let b = try SiteFixture.tree(second)
    #expect(a.count > 200)
    #expect(Set(a.keys) == Set(b.keys))
    for (path, data) in a { #expect(b[path] == data, "\(path) differs") }
    // Rebuilding in place gives the same tree again.
    try SiteFixture.build(report, into: first)
    #expect(try SiteFixture.tree(first) == a)
  }

  @Test func syntaxErrorNamesTemplateAndLineAndKeepsOldOutput() throws {
    let folder = try TemporaryFolder()
    let report = try SiteFixture.report()
    try SiteFixture.build(report, into: folder.output)
    let before = try SiteFixture.tree(folder.output)
    let templates = try SiteFixture.copyTemplates(into: folder)
    let line = try SiteFixture.edit(
      templates, "task", replacing: "{{#section}}", with: "{{#section}}{{/sektion}}")
    do {
      try SiteFixture.build(report, into: folder.output, templates: templates)
      Issue.record("the build should have failed")
    } catch let error as SiteBuildError {
      guard case .templateSyntax(let template, let path, let errorLine, _, _) = error else {
        Issue.record("unexpected error \(error)")
        return
      }
      #expect(template == "task")
      #expect(errorLine == line)
      #expect(path.hasSuffix("Templates/task.mustache"))
      #expect(error.description.contains("task.mustache:\(line):"))
    }
    #expect(try SiteFixture.tree(folder.output) == before)
    #expect(try SiteFixture.leftovers(in: folder.url).isEmpty)
  }

  @Test func failureWhileRenderingKeepsOldOutputAndRemovesStaging() throws {
    let folder = try TemporaryFolder()
    let report = try SiteFixture.report()
    try SiteFixture.build(report, into: folder.output)
    let before = try SiteFixture.tree(folder.output)
    let templates = try SiteFixture.copyTemplates(into: folder)
    // Rendering fails on the last kind of page, after most files are staged.
    try SiteFixture.edit(templates, "badge-svg", replacing: "{{message}}", with: "{{mesage}}")
    #expect(throws: SiteBuildError.self) {
      try SiteFixture.build(report, into: folder.output, templates: templates)
    }
    #expect(try SiteFixture.tree(folder.output) == before)
    #expect(try SiteFixture.leftovers(in: folder.url).isEmpty)
  }

  @Test func refusesToReplaceAForeignFolder() throws {
    let folder = try TemporaryFolder()
    try FileManager.default.createDirectory(at: folder.output, withIntermediateDirectories: true)
    let precious = folder.output.appendingPathComponent("thesis.docx")
    try Data("do not delete".utf8).write(to: precious)
    do {
      try SiteFixture.build(try SiteFixture.report(), into: folder.output)
      Issue.record("the build should have refused")
    } catch let error as SiteBuildError {
      #expect(error == .foreignOutput(path: folder.output.path))
      #expect(error.description.contains("was not made by report-site"))
    }
    #expect(try Data(contentsOf: precious) == Data("do not delete".utf8))
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder.output.path) == ["thesis.docx"])
    #expect(try SiteFixture.leftovers(in: folder.url).isEmpty)
  }

  @Test func acceptsAnEmptyFolderAndRefusesAFile() throws {
    let folder = try TemporaryFolder()
    try FileManager.default.createDirectory(at: folder.output, withIntermediateDirectories: true)
    try SiteFixture.build(try SiteFixture.report(), into: folder.output)
    #expect(
      FileManager.default.fileExists(
        atPath: folder.output.appendingPathComponent(".report-site").path))

    let file = folder.url.appendingPathComponent("notes.txt")
    try Data("notes".utf8).write(to: file)
    #expect(throws: SiteBuildError.outputNotDirectory(path: file.path)) {
      try SiteFixture.build(try SiteFixture.report(), into: file)
    }
    #expect(try Data(contentsOf: file) == Data("notes".utf8))
  }

  @Test func stalePagesDisappear() throws {
    let folder = try TemporaryFolder()
    try SiteFixture.build(try SiteFixture.report(), into: folder.output)
    let stale = folder.output.appendingPathComponent("2020/tasks/999.html")
    try Data("old".utf8).write(to: stale)
    let report = try SiteFixture.report { round in round.tasks.removeLast() }
    try SiteFixture.build(report, into: folder.output)
    #expect(!FileManager.default.fileExists(atPath: stale.path))
    #expect(
      !FileManager.default.fileExists(
        atPath: folder.output.appendingPathComponent("2020/tasks/78.html").path))
    #expect(
      FileManager.default.fileExists(
        atPath: folder.output.appendingPathComponent("2020/tasks/77.html").path))
  }
}
