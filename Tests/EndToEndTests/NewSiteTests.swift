import Foundation
import Testing

@Suite struct NewSite {
  @Test func importThenBuildWorksInAnEmptyFolder() throws {
    let folder = try temporaryFolder()
    try FileManager.default.copyItem(atPath: seedPath, toPath: folder + "/报告.txt")
    let imported = try ReportSiteBinary.run(["import", "报告.txt"], in: folder)
    #expect(imported.status == 0, "\(imported.stderr)")
    let built = try ReportSiteBinary.run(["build"], in: folder)
    #expect(built.status == 0, "\(built.stderr)")
    let files = snapshot(folder + "/Output")
    #expect(files["index.html"] != nil)
    #expect(files["assets/site.css"] != nil)
    #expect(files.keys.filter { $0.hasPrefix("2020/tasks/") }.count > 78)
    // The same site as one built with the repository's Templates/ folder.
    let other = try ReportSiteBinary.run(
      [
        "build", "--output", "Other",
        "--templates", repositoryRoot.appendingPathComponent("Templates").path,
      ], in: folder)
    #expect(other.status == 0, "\(other.stderr)")
    #expect(
      snapshot(folder + "/Other").filter { $0.key != ".report-site" }
        == files.filter { $0.key != ".report-site" })
  }

  @Test func initMakesASiteAndRefusesAFolderThatIsNotEmpty() throws {
    let folder = try temporaryFolder()
    let made = try ReportSiteBinary.run(["init", "gzbg"], in: folder)
    #expect(made.status == 0, "\(made.stderr)")
    let site = try String(contentsOfFile: folder + "/gzbg/Content/site.yml", encoding: .utf8)
    #expect(site.contains("# identity:\n#   organizer: "))
    #expect(site.contains("# params:"))
    var isFolder: ObjCBool = false
    #expect(
      FileManager.default.fileExists(
        atPath: folder + "/gzbg/Content/reports", isDirectory: &isFolder) && isFolder.boolValue)
    let again = try ReportSiteBinary.run(["init", "gzbg"], in: folder)
    #expect(again.status != 0)
    #expect(again.stderr.contains("gzbg is not empty (Content)"), "\(again.stderr)")
    let imported = try ReportSiteBinary.run(["import", seedPath], in: folder + "/gzbg")
    #expect(imported.status == 0, "\(imported.stderr)")
    let built = try ReportSiteBinary.run(["build"], in: folder + "/gzbg")
    #expect(built.status == 0, "\(built.stderr)")
  }

  @Test func themeCopyWritesTheBuiltInThemeAndAnOverrideIsUsed() throws {
    let folder = try temporaryFolder()
    #expect(try ReportSiteBinary.run(["import", seedPath], in: folder).status == 0)
    let copied = try ReportSiteBinary.run(["theme", "--copy"], in: folder)
    #expect(copied.status == 0, "\(copied.stderr)")
    #expect(
      snapshot(folder + "/Templates")
        == snapshot(repositoryRoot.appendingPathComponent("Templates").path))
    let refused = try ReportSiteBinary.run(["theme", "--copy"], in: folder)
    #expect(refused.status != 0)
    // Keep one file only, edited: the rest comes from the built-in theme.
    for file in try FileManager.default.contentsOfDirectory(atPath: folder + "/Templates")
    where file != "not-found.mustache" {
      try FileManager.default.removeItem(atPath: folder + "/Templates/" + file)
    }
    let page = folder + "/Templates/not-found.mustache"
    let text = try String(contentsOfFile: page, encoding: .utf8)
    try text.replacingOccurrences(of: "</h1>", with: "(本站自定)</h1>")
      .write(toFile: page, atomically: true, encoding: .utf8)
    let listed = try ReportSiteBinary.run(["theme"], in: folder)
    #expect(listed.output.contains("Templates/not-found.mustache\n"))
    #expect(listed.output.contains("(built-in theme)/task.mustache\n"))
    let built = try ReportSiteBinary.run(["build"], in: folder)
    #expect(built.status == 0, "\(built.stderr)")
    let notFound = try String(contentsOfFile: folder + "/Output/404.html", encoding: .utf8)
    #expect(notFound.contains("(本站自定)</h1>"))
    #expect(FileManager.default.fileExists(atPath: folder + "/Output/assets/site.css"))
  }
}
