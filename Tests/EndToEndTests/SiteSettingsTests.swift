import Foundation
import Testing

@Suite struct SiteSettings {
  let templates = repositoryRoot.appendingPathComponent("Templates").path

  @Test func versionIsPrintedByTheFlagAndByAVerboseBuild() throws {
    let version = try ReportSiteBinary.run(["--version"])
    #expect(version.status == 0)
    let line = version.output.trimmingCharacters(in: .newlines)
    #expect(line.hasPrefix("report-site "))
    #expect(line.count > "report-site ".count)
    let folder = try temporaryFolder()
    #expect(try ReportSiteBinary.run(["import", seedPath], in: folder).status == 0)
    let built = try ReportSiteBinary.run(
      ["build", "--verbose", "--templates", templates], in: folder)
    #expect(built.status == 0, "\(built.stderr)")
    #expect(built.stderr.split(separator: "\n").first?.hasSuffix(line) == true)
  }

  @Test func theIdentityIsOnEveryPageAndATypoIsNamedWithItsFix() throws {
    let folder = try temporaryFolder()
    #expect(try ReportSiteBinary.run(["import", seedPath], in: folder).status == 0)
    let site = folder + "/Content/site.yml"
    var text = try String(contentsOfFile: site, encoding: .utf8)
    text = text.replacingOccurrences(
      of: "pageSize: 200\n",
      with: """
        pageSize: 200
        baseUrl: https://www.example.gov.cn/gzbg/
        identity:
          organizer: 测试区人民政府办公室
          icp: 赣ICP备00000000号-1
          police: 赣公网安备 36010000000000号

        """)
    try text.write(toFile: site, atomically: true, encoding: .utf8)
    let line =
      text.components(separatedBy: "\n").firstIndex(
        of: "baseUrl: https://www.example.gov.cn/gzbg/")! + 1
    let checked = try ReportSiteBinary.run(["check"], in: folder)
    #expect(checked.status == 0)
    #expect(
      checked.stderr.contains(
        "Content/site.yml:\(line):1: warning: unknown key `baseUrl`; it is ignored\n"
          + "note: did you mean `baseURL`? write `baseURL: …`"), "\(checked.stderr)")
    let strict = try ReportSiteBinary.run(["check", "--strict"], in: folder)
    #expect(strict.status == 1)
    #expect(strict.stderr.contains("Content/site.yml:\(line):1: error: unknown key `baseUrl`"))
    let strictBuild = try ReportSiteBinary.run(
      ["build", "--strict", "--templates", templates], in: folder)
    #expect(strictBuild.status == 1)
    #expect(!FileManager.default.fileExists(atPath: folder + "/Output"))

    let built = try ReportSiteBinary.run(["build", "--templates", templates], in: folder)
    #expect(built.status == 0, "\(built.stderr)")
    let pages = snapshot(folder + "/Output").filter { $0.key.hasSuffix(".html") }
    #expect(pages.count > 100)
    let footer =
      "<p class=\"site-identity\"><span>主办单位：测试区人民政府办公室</span>"
      + "<span class=\"sep\" aria-hidden=\"true\"> · </span><span>ICP备案号：赣ICP备00000000号-1</span>"
      + "<span class=\"sep\" aria-hidden=\"true\"> · </span><span>公安机关备案号：赣公网安备 36010000000000号</span></p>"
    for (path, bytes) in pages {
      #expect(String(decoding: bytes, as: UTF8.self).contains(footer), "\(path)")
    }
  }
}
