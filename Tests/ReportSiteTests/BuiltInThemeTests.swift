import BuiltInTheme
import Foundation
import ReportSite
import Testing

@Suite struct BuiltInThemeFiles {
  let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Templates")

  @Test func theEmbeddedThemeIsTemplatesByteForByte() throws {
    let onDisk = FolderTemplateSource(folder: folder)
    let files = try onDisk.files()
    let embedded = BuiltInTheme.files
    let fix = "run `swift scripts/embed-theme.swift` from the repository root"
    #expect(embedded.keys.sorted() == files, "\(fix)")
    for file in files {
      #expect(embedded[file] == (try onDisk.bytes(of: file)), "\(file) differs: \(fix)")
    }
  }

  @Test func aSiteFileReplacesTheBuiltInFileOfItsNameOnly() throws {
    let temporary = try TemporaryFolder()
    let site = temporary.url
    try FileManager.default.createDirectory(
      at: site.appendingPathComponent("assets"), withIntermediateDirectories: true)
    try Data("a { }\n".utf8).write(to: site.appendingPathComponent("assets/site.css"))
    try Data("extra\n".utf8).write(to: site.appendingPathComponent("assets/extra.txt"))
    let builtIn = MemoryTemplateSource(name: BuiltInTheme.name, files: BuiltInTheme.files)
    let layered = try LayeredTemplateSource(
      top: FolderTemplateSource(folder: site), over: builtIn)
    #expect(try layered.files() == (BuiltInTheme.files.keys + ["assets/extra.txt"]).sorted())
    #expect(try layered.bytes(of: "assets/site.css") == Data("a { }\n".utf8))
    #expect(try layered.bytes(of: "task.mustache") == BuiltInTheme.files["task.mustache"])
    #expect(try layered.overridden() == ["assets/site.css"])
    #expect(layered.displayPath(of: "task.mustache") == "(built-in theme)/task.mustache")
    #expect(layered.displayPath(of: "assets/site.css").hasSuffix("/assets/site.css"))
    withExtendedLifetime(temporary) {}
  }
}
