import Foundation
import ReportModel
import SiteOutput
import Testing

@testable import ReportSite

/// `{{{…}}}` or `{{&…}}` on report text would publish the report's characters as markup: the
/// template engine refuses it when the theme is loaded, with the template's line and column.
@Suite struct UnescapedTextTests {
  @Test func theRepositoryThemeBuilds() throws {
    let folder = try TemporaryFolder()
    let summary = try SiteFixture.build(try SiteFixture.report(), into: folder.output)
    #expect(summary.pagesWritten > 0)
  }

  /// A triple mustache on report text, in a page template and in a partial.
  @Test(arguments: [
    ("task", "{{text}}", "{{{text}}}"),
    ("task", "{{text}}", "{{&text}}"),
    ("badge", "{{label}}", "{{{label}}}"),
  ])
  func aTripleMustacheOnReportTextFailsTheBuildAtItsLine(
    template: String, old: String, new: String
  ) throws {
    let folder = try TemporaryFolder()
    let templates = try SiteFixture.copyTemplates(into: folder)
    let line = try SiteFixture.edit(templates, template, replacing: old, with: new)
    do {
      _ = try SiteFixture.build(try SiteFixture.report(), into: folder.output, templates: templates)
      Issue.record("the build succeeded")
    } catch let error as SiteBuildError {
      guard case .templateMisuse(let name, let path, let errorLine, _, _, _) = error else {
        Issue.record("unexpected error \(error)")
        return
      }
      #expect(name == template)
      #expect(path.hasSuffix("/\(template).mustache"))
      #expect(errorLine == line)
    }
    #expect(!FileManager.default.fileExists(atPath: folder.output.path))
  }
}
