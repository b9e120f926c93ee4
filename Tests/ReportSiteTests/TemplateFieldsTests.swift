import Foundation
import ReportModel
import SiteOutput
import SiteTemplates
import Testing

@testable import ReportSite
@testable import SiteOutput

/// The view models' template fields: each table lists every stored property, every page
/// template compiles against its page type, and the key check covers sections no data renders.
@Suite struct TemplateFieldsTests {
  /// Every view model reached from the pages of a site with several rounds, base URL, history,
  /// deadlines and text changes.
  static func jobs() throws -> [RenderJob] {
    var report = try TwoRounds.report()
    report.config.baseURL = "https://example.gov.cn/report/"
    report.config.pageSize = 10
    report.config.identity = SiteIdentity([.organizer: "某区人民政府办公室", .icp: "某ICP备00000000号"])
    report.config.params = [SiteParam(key: "color", value: "red")]
    var units = report.config.units.units
    if let renamed = units.firstIndex(where: { $0.name == "区商务局" }) {
      units[renamed].formerSlugs = ["qu-shang-wu-ju-old"]
    } else {
      units.append(UnitDefinition(name: "区商务局", formerSlugs: ["qu-shang-wu-ju-old"]))
    }
    report.config.units = UnitDirectory(units)
    let context = try SiteContext(report: report, renderer: .init())
    let factories = context.factories()
    let site = SitePages(config: report.config, reports: [factories.last!])
    return factories.flatMap { $0.jobs() } + site.jobs() + site.feedJobs()
  }

  @Test func everyTableListsEveryStoredProperty() throws {
    var checked: Set<String> = []
    var queue: [Any] = try Self.jobs().map(\.model)
    while let value = queue.popLast() {
      let mirror = Mirror(reflecting: value)
      switch mirror.displayStyle {
      case .optional, .collection:
        queue += mirror.children.map(\.value)
        continue
      case .struct, .class:
        break
      default:
        continue
      }
      guard let model = value as? any TemplateModel else { continue }
      let name = String(describing: type(of: model))
      guard checked.insert(name).inserted else { continue }
      let properties = mirror.children.compactMap(\.label)
      #expect(Self.fieldNames(of: model) == properties, "\(name)")
      queue += mirror.children.map(\.value)
    }
    let viewModels = try FileManager.default.contentsOfDirectory(
      at: SiteFixture.templates.deletingLastPathComponent()
        .appendingPathComponent("Sources/ReportSite/ViewModels"), includingPropertiesForKeys: nil)
    // Every file of ViewModels/ declares at least the type it is named after.
    for file in viewModels where file.pathExtension == "swift" {
      let type = file.deletingPathExtension().lastPathComponent
      #expect(checked.contains(type), "no page holds a \(type)")
    }
  }

  private static func fieldNames<Model: TemplateModel>(of model: Model) -> [String] {
    Model.templateFields.names
  }

  @Test func everyPageTemplateCompilesForItsPages() throws {
    let library = try TemplateLibrary(
      directory: SiteFixture.templates, required: SiteBuilder.requiredTemplates)
    let jobs = try Self.jobs()
    let plan = try library.plan(for: jobs)
    let used = Set(jobs.map(\.template))
    #expect(Set(plan.templates.keys.map(\.template)) == used)
    #expect(used.count >= 14)
  }

  struct Row: Sendable, TemplateModel {
    let name: String
    static let templateFields: TemplateFields<Self> = [.text("name", \.name)]
  }

  struct Page: Sendable, TemplateModel {
    let rows: [Row]
    let title: String
    static let templateFields: TemplateFields<Self> = [
      .section("rows", \.rows), .text("title", \.title),
    ]
  }

  private func library(_ text: String) throws -> (TemplateLibrary, TemporaryFolder) {
    let folder = try TemporaryFolder()
    try text.write(
      to: folder.url.appendingPathComponent("page.mustache"), atomically: true, encoding: .utf8)
    return (try TemplateLibrary(directory: folder.url, required: []), folder)
  }

  @Test func unknownKeyInASectionThatDoesNotRenderStillFails() throws {
    let (library, folder) = try library("<ul>\n  {{#rows}}<li>{{nmae}}</li>{{/rows}}\n</ul>")
    #expect(
      throws: SiteBuildError.unknownKey(
        template: "page", path: folder.url.relativePath + "/page.mustache", line: 2, column: 16,
        key: "nmae", model: "Page")
    ) {
      _ = try library.plan(
        for: [RenderJob(path: "p.html", template: "page", model: Page(rows: [], title: ""))])
    }
  }

  @Test func unescapedTextFails() throws {
    let (library, folder) = try library("<h1>{{{title}}}</h1>")
    do {
      _ = try library.compile("page", for: Page.self)
      Issue.record("{{{title}}} on text should fail")
    } catch let error as SiteBuildError {
      guard case .templateMisuse(let template, let path, let line, let column, _, _) = error else {
        Issue.record("unexpected \(error)")
        return
      }
      #expect(template == "page")
      #expect(path == folder.url.relativePath + "/page.mustache")
      #expect((line, column) == (1, 5))
      #expect(error.description.contains("page.mustache:1:5: error:"))
    }
  }

  @Test func progressLineOnlyForLongBuilds() {
    let lines = LockedLines()
    let quick = BuildProgressLine(isTerminal: false, write: lines.append)
    quick.update(done: 10, total: 10)
    quick.finish()
    #expect(lines.all.isEmpty)
    #expect(BuildProgressLine.text(done: 6000, total: 20_308) == "rendering 6,000/20,308 files…")
    #expect(BuildProgressLine.grouped(1_234_567) == "1,234,567")
  }
}

private final class LockedLines: @unchecked Sendable {
  private let lock = NSLock()
  private var lines: [String] = []
  var all: [String] { lock.withLock { lines } }
  func append(_ line: String) { lock.withLock { lines.append(line) } }
}

/// `report-site theme --keys`: made from the field tables, and naming every page a build makes.
@Suite struct ThemeKeysTests {
  @Test func everyPageTemplateAndModelABuildRendersIsListed() throws {
    let listed = Set(ThemeKeys.pages.map { "\($0.template) \(String(describing: $0.model))" })
    let rendered = Set(
      try TemplateFieldsTests.jobs().map {
        "\($0.template) \(String(describing: type(of: $0.model)))"
      })
    #expect(rendered.subtracting(listed).isEmpty, "\(rendered.subtracting(listed))")
    #expect(listed.subtracting(rendered).isEmpty, "\(listed.subtracting(rendered))")
  }

  @Test func theListingFollowsTheTables() {
    let text = ThemeKeys.listing()
    #expect(text.contains("task.mustache (TaskPage)\n  chrome: model PageChrome\n"))
    #expect(text.contains("  chrome.siteTitle: text\n"))
    #expect(text.contains("  narrativeHTML: html\n"))
    #expect(text.contains("  units: list of model UnitLink\n  units[].name: text\n"))
    #expect(text.contains("  chrome.identity: optional model IdentityFooter\n"))
    #expect(text.contains("  number: number\n"))
  }
}
