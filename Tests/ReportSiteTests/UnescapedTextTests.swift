import Foundation
import ReportModel
import Testing

@testable import ReportSite

@Suite struct UnescapedTextTests {
  @Test func theRepositoryThemeWritesNoReportTextUnescaped() throws {
    let folder = try TemporaryFolder()
    let summary = try SiteFixture.build(try SiteFixture.report(), into: folder.output)
    #expect(summary.warnings.isEmpty)
  }

  /// A triple mustache on report text, in a page template and in a partial.
  @Test(arguments: [
    ("task", "{{text}}", "{{{text}}}", "text"),
    ("task", "{{text}}", "{{&text}}", "text"),
    ("badge", "{{label}}", "{{{label}}}", "label"),
    ("unit", "又称:{{aliases}}", "又称:{{#aliases}}{{{.}}}{{/aliases}}", "."),
  ])
  func aTripleMustacheOnReportTextIsAWarningAtItsLine(
    template: String, old: String, new: String, key: String
  ) throws {
    let folder = try TemporaryFolder()
    let templates = try SiteFixture.copyTemplates(into: folder)
    let line = try SiteFixture.edit(templates, template, replacing: old, with: new)
    let summary = try SiteFixture.build(
      try SiteFixture.report(), into: folder.output, templates: templates)
    let warning = try #require(summary.warnings.first)
    #expect(Set(summary.warnings.map(\.location)).count == summary.warnings.count)
    #expect(warning.severity == .warning)
    #expect(warning.location.path.hasSuffix("/\(template).mustache"))
    #expect(warning.location.line == line)
    #expect(
      warning.message
        == "template \"\(template)\" writes \(key) unescaped ({{{…}}} or {{&…}}), "
        + "but it is text from the report, not HTML")
  }

  @Test func markupFieldsAreKnownByName() {
    #expect(TemplateKeyCheck.holdsMarkup("narrativeHTML"))
    #expect(TemplateKeyCheck.holdsMarkup("json"))
    #expect(!TemplateKeyCheck.holdsMarkup("text"))
    #expect(!TemplateKeyCheck.holdsMarkup("html"))
  }
}
