import Foundation
import Testing

/// A build of content with warnings is skipped as up to date next time, as one without: the
/// skipped build prints the same warnings again, on the same stream, so that they never go
/// unseen (as cargo replays a crate's warnings).
@Suite struct UpToDateWarnings {
  /// A copy of the repository's Content/ whose site.yml has a key report-site does not know:
  /// a warning at every build.
  func site() throws -> (content: String, output: String) {
    let folder = try temporaryFolder()
    let content = folder + "/Content"
    try FileManager.default.copyItem(
      atPath: repositoryRoot.appendingPathComponent("Content").path, toPath: content)
    try append("colour: 红\n", to: content + "/site.yml")
    return (content, folder + "/Output")
  }

  func append(_ text: String, to path: String) throws {
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    try handle.seekToEnd()
    try handle.write(contentsOf: Data(text.utf8))
    try handle.close()
  }

  func build(_ content: String, _ output: String, _ extra: [String] = []) throws -> CommandResult {
    try ReportSiteBinary.run(["build", "--content", content, "--output", output] + extra)
  }

  @Test func aSkippedBuildPrintsTheSameWarnings() throws {
    let (content, output) = try site()
    let first = try build(content, output)
    #expect(first.status == 0, "\(first.stderr)")
    #expect(first.output.contains("pages"))
    #expect(first.diagnostics.contains("warning: unknown key `colour`"))
    #expect(first.diagnostics.hasSuffix("0 errors, 1 warning\n"))

    let second = try build(content, output)
    #expect(second.status == 0)
    #expect(second.output == "\(output) is up to date\n")
    #expect(second.diagnostics == first.diagnostics)

    // A file touched but not changed: skipped by the check of the bytes, warnings again.
    try FileManager.default.setAttributes(
      [.modificationDate: Date(timeIntervalSinceNow: 3600)], ofItemAtPath: content + "/site.yml")
    let touched = try build(content, output)
    #expect(touched.output == "\(output) is up to date\n")
    #expect(touched.diagnostics == first.diagnostics)
  }

  @Test func anEditRebuildsAndItsWarningsAreKeptInstead() throws {
    let (content, output) = try site()
    let first = try build(content, output)
    #expect(first.status == 0, "\(first.stderr)")
    try append("size: 3\n", to: content + "/site.yml")
    let edited = try build(content, output)
    #expect(edited.output.contains("pages"), "an edit is built")
    #expect(edited.diagnostics.contains("warning: unknown key `size`"))
    #expect(edited.diagnostics.hasSuffix("0 errors, 2 warnings\n"))
    let again = try build(content, output)
    #expect(again.output == "\(output) is up to date\n")
    #expect(again.diagnostics == edited.diagnostics)
  }

  @Test func theWarningsGoneTheSkippedBuildPrintsNone() throws {
    let (content, output) = try site()
    #expect(try build(content, output).status == 0)
    let yml = try String(contentsOfFile: content + "/site.yml", encoding: .utf8)
    try yml.replacingOccurrences(of: "colour: 红\n", with: "")
      .write(toFile: content + "/site.yml", atomically: false, encoding: .utf8)
    let clean = try build(content, output)
    #expect(clean.output.contains("pages"))
    #expect(clean.diagnostics.isEmpty)
    let again = try build(content, output)
    #expect(again.output == "\(output) is up to date\n")
    #expect(again.diagnostics.isEmpty)
  }

  /// The warnings' paths start with `--content` as given: given otherwise, the build runs and
  /// prints them as they read now. `--strict` makes them errors: the build fails as always.
  @Test func anotherContentPathOrStrictIsNotSkipped() throws {
    let (content, output) = try site()
    #expect(try build(content, output).status == 0)
    let other = content + "/../Content"
    let otherwise = try build(other, output)
    #expect(otherwise.output.contains("pages"))
    #expect(otherwise.diagnostics.contains(other + "/site.yml"))
    let strict = try build(other, output, ["--strict"])
    #expect(strict.status == 1)
    #expect(strict.diagnostics.contains("error: unknown key `colour`"))
    #expect(strict.diagnostics.contains("is unchanged"))
    let again = try build(other, output)
    #expect(again.output == "\(output) is up to date\n")
    #expect(again.diagnostics == otherwise.diagnostics)
  }

  /// The warnings name the office's own folders: they are kept beside the output, not in it
  /// (the output is uploaded as it is); its marker holds only their digest.
  @Test func theWarningsAreKeptBesideTheOutputNotInIt() throws {
    let (content, output) = try site()
    #expect(try build(content, output).status == 0)
    let beside = URL(fileURLWithPath: output).deletingLastPathComponent()
      .appendingPathComponent(".Output.warnings").path
    let kept = try String(contentsOfFile: beside, encoding: .utf8)
    #expect(kept.contains("warning: unknown key `colour`"))
    let files = try #require(FileManager.default.subpaths(atPath: output))
    for file in files {
      var isFolder: ObjCBool = false
      _ = FileManager.default.fileExists(atPath: output + "/" + file, isDirectory: &isFolder)
      if isFolder.boolValue { continue }
      let data = try #require(FileManager.default.contents(atPath: output + "/" + file))
      #expect(!String(decoding: data, as: UTF8.self).contains(content), "\(file)")
    }
  }

  /// The warnings file beside the output removed or edited: the output is not trusted to be up
  /// to date, and the build runs (and prints the warnings) again.
  @Test func aLostWarningsFileRebuilds() throws {
    let (content, output) = try site()
    let first = try build(content, output)
    #expect(first.status == 0, "\(first.stderr)")
    let beside = URL(fileURLWithPath: output).deletingLastPathComponent()
      .appendingPathComponent(".Output.warnings").path
    let kept = try String(contentsOfFile: beside, encoding: .utf8)
    try kept.replacingOccurrences(of: "colour", with: "color")
      .write(toFile: beside, atomically: false, encoding: .utf8)
    let edited = try build(content, output)
    #expect(edited.output.contains("pages"))
    #expect(edited.diagnostics == first.diagnostics)
    try FileManager.default.removeItem(atPath: beside)
    let removed = try build(content, output)
    #expect(removed.output.contains("pages"))
    #expect(removed.diagnostics == first.diagnostics)
    let again = try build(content, output)
    #expect(again.output == "\(output) is up to date\n")
    #expect(again.diagnostics == first.diagnostics)
  }

  /// The marker's digest of the warnings changed by hand: the output is not trusted to be up to
  /// date, and the build runs.
  @Test func damagedWarningsInTheMarkerRebuild() throws {
    let (content, output) = try site()
    let first = try build(content, output)
    #expect(first.status == 0, "\(first.stderr)")
    let marker = output + "/.report-site"
    let text = try String(contentsOfFile: marker, encoding: .utf8)
    #expect(text.contains("\nwarnings: "))
    try text.replacingOccurrences(of: "\nwarnings: ", with: "\nwarnings: 1")
      .write(toFile: marker, atomically: false, encoding: .utf8)
    let again = try build(content, output)
    #expect(again.output.contains("pages"))
    #expect(again.diagnostics == first.diagnostics)
    #expect(try build(content, output).output == "\(output) is up to date\n")
  }
}

extension CommandResult {
  /// Standard error without the progress line a build that takes over a second prints
  /// (`rendering 389/389 files… done`, see `BuildProgressLine`): on a loaded machine any build
  /// may print it, and it is not a diagnostic.
  fileprivate var diagnostics: String {
    stderr.split(separator: "\n", omittingEmptySubsequences: false)
      .filter { !$0.hasPrefix("rendering ") }
      .joined(separator: "\n")
  }
}
