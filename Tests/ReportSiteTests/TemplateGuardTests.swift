import Foundation
import SiteOutput
import Testing

@testable import ReportSite
@testable import SiteOutput

@Suite struct TemplateGuardTests {
  /// A misspelt key in a page template, in a partial, and in the layout.
  @Test(arguments: [
    ("task", "{{text}}", "{{txet}}", "txet", "TaskPage"),
    ("badge", "{{label}}", "{{lable}}", "lable", "HomePage"),
    ("layout", "{{siteTitle}}", "{{siteTitel}}", "siteTitel", "HomePage"),
    ("site-unit", "又称：{{aliases}}", "又称：{{alias}}", "alias", "SiteUnitPage"),
    // Rendered only for an earlier round: checked all the same.
    ("unit", "又称：{{aliases}}", "又称：{{alias}}", "alias", "UnitPage"),
  ])
  func unknownKeyFailsWithTemplateAndLine(
    template: String, old: String, new: String, key: String, model: String
  ) throws {
    let folder = try TemporaryFolder()
    let templates = try SiteFixture.copyTemplates(into: folder)
    let line = try SiteFixture.edit(templates, template, replacing: old, with: new)
    do {
      try SiteFixture.build(try SiteFixture.report(), into: folder.output, templates: templates)
      Issue.record("the build should have failed")
    } catch let error as SiteBuildError {
      guard case .unknownKey(let name, _, let errorLine, _, let errorKey, let errorModel) = error
      else {
        Issue.record("unexpected error \(error)")
        return
      }
      #expect(name == template)
      #expect(errorLine == line)
      #expect(errorKey == key)
      // The model is the page being rendered when the key was missed; partials and the
      // layout are rendered within a page, so only page templates pin it.
      if ["task", "site-unit", "unit"].contains(template) { #expect(errorModel == model) }
      #expect(error.description.contains("\(template).mustache:\(line):"))
      #expect(error.description.contains("\"\(key)\""))
    }
    #expect(!FileManager.default.fileExists(atPath: folder.output.path))
  }

  @Test func unknownPartialFails() throws {
    let folder = try TemporaryFolder()
    let templates = try SiteFixture.copyTemplates(into: folder)
    let line = try SiteFixture.edit(
      templates, "section", replacing: "{{>task-row}}", with: "{{>task-rows}}")
    #expect(
      throws: SiteBuildError.unknownPartial(
        template: "section", path: templates.relativePath + "/section.mustache", line: line,
        column: 5, partial: "task-rows")
    ) {
      try SiteFixture.build(try SiteFixture.report(), into: folder.output, templates: templates)
    }
  }

  @Test func missingTemplateFails() throws {
    let folder = try TemporaryFolder()
    let templates = try SiteFixture.copyTemplates(into: folder)
    try FileManager.default.removeItem(at: templates.appendingPathComponent("status.mustache"))
    #expect(
      throws: SiteBuildError.missingTemplate(
        name: "status", path: templates.relativePath + "/status.mustache")
    ) {
      try SiteFixture.build(try SiteFixture.report(), into: folder.output, templates: templates)
    }
  }

  @Test func editedTemplateShowsAtNextBuild() throws {
    let folder = try TemporaryFolder()
    let templates = try SiteFixture.copyTemplates(into: folder)
    try SiteFixture.edit(
      templates, "home", replacing: "<h2 id=\"h-meta\">信息公开</h2>",
      with: "<h2 id=\"h-meta\">公开信息</h2>")
    try SiteFixture.build(try SiteFixture.report(), into: folder.output, templates: templates)
    #expect(try SiteFixture.text(folder.output, "2020/index.html").contains("公开信息"))
  }
}
