import Foundation
import Testing

@testable import ReportSite

@Suite struct LinkTests {
  @Test func linksAreRelativeAndResolve() throws {
    let folder = try TemporaryFolder()
    try SiteFixture.build(try SiteFixture.report(), into: folder.output)
    let files = try SiteFixture.tree(folder.output)
    var checked = 0
    for (path, data) in files where path.hasSuffix(".html") {
      let html = try #require(String(data: data, encoding: .utf8))
      let links =
        HTMLScan.attributeValues("href", in: html) + HTMLScan.attributeValues("src", in: html)
      let here = URL(fileURLWithPath: "/site/" + path).deletingLastPathComponent()
      for link in links {
        #expect(!link.hasPrefix("/") && !link.hasPrefix("http"), "\(path): \(link)")
        #expect(!link.contains(":"), "\(path): \(link) has a scheme")
        let target = link.split(separator: "#", omittingEmptySubsequences: false)[0]
          .split(separator: "?", omittingEmptySubsequences: false)[0]
        guard !target.isEmpty else { continue }
        let resolved = here.appendingPathComponent(String(target)).standardizedFileURL.path
        #expect(resolved.hasPrefix("/site/"), "\(path): \(link) leaves the site")
        #expect(files[String(resolved.dropFirst("/site/".count))] != nil, "\(path): \(link)")
        checked += 1
      }
      #expect(!html.contains("rel=\"canonical\""), "\(path)")
    }
    #expect(checked > 1000)
  }

  @Test func baseURLAddsCanonicalLinksAndSitemap() throws {
    let folder = try TemporaryFolder()
    let base = "https://www.qyp.gov.cn/dbdc/2020/"
    try SiteFixture.build(try SiteFixture.report(baseURL: base), into: folder.output)
    let files = try SiteFixture.tree(folder.output)
    let task = try SiteFixture.text(folder.output, "2020/tasks/5.html")
    #expect(task.contains("<link rel=\"canonical\" href=\"\(base)2020/tasks/5.html\">"))
    let home = try SiteFixture.text(folder.output, "2020/index.html")
    #expect(home.contains("<link rel=\"canonical\" href=\"\(base)2020/\">"))
    let sitemap = try SiteFixture.text(folder.output, "sitemap.xml")
    #expect(sitemap.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"))
    #expect(sitemap.count(of: "<loc>\(base)2020/tasks/") == 78 + 1)
    #expect(sitemap.contains("<loc>\(base)units/qu-shang-wu-ju.html</loc>"))

    // The 404 page is served at any depth, so its links are absolute; it has no canonical.
    let notFound = try SiteFixture.text(folder.output, "404.html")
    #expect(notFound.contains("href=\"\(base)assets/site.css\""))
    #expect(notFound.contains("href=\"\(base)index.html\""))
    #expect(!notFound.contains("rel=\"canonical\""))

    // Everywhere else only the canonical link is absolute.
    for (path, data) in files where path.hasSuffix(".html") && path != "404.html" {
      let html = try #require(String(data: data, encoding: .utf8))
      let absolute = HTMLScan.attributeValues("href", in: html).filter { $0.hasPrefix("http") }
      #expect(absolute.count == 1, "\(path): \(absolute)")
    }
  }
}
