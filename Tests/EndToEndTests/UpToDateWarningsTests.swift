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

  /// The warnings a build printed, up to their count line: a slow build prints its progress
  /// line after them (a skipped build none).
  func warnings(_ stderr: String) -> String {
    guard
      let count = stderr.range(
        of: #"[0-9]+ errors?, [0-9]+ warnings?\n"#, options: .regularExpression)
    else { return stderr }
    return String(stderr[..<count.upperBound])
  }

  @Test func aSkippedBuildPrintsTheSameWarnings() throws {
    let (content, output) = try site()
    let first = try build(content, output)
    #expect(first.status == 0, "\(first.stderr)")
    #expect(first.output.contains("pages"))
    #expect(first.stderr.contains("warning: unknown key `colour`"))
    #expect(warnings(first.stderr).hasSuffix("0 errors, 1 warning\n"))

    let second = try build(content, output)
    #expect(second.status == 0)
    #expect(second.output == "\(output) is up to date\n")
    #expect(second.stderr == warnings(first.stderr))

    // A file touched but not changed: skipped by the check of the bytes, warnings again.
    try FileManager.default.setAttributes(
      [.modificationDate: Date(timeIntervalSinceNow: 3600)], ofItemAtPath: content + "/site.yml")
    let touched = try build(content, output)
    #expect(touched.output == "\(output) is up to date\n")
    #expect(touched.stderr == warnings(first.stderr))
  }

  @Test func anEditRebuildsAndItsWarningsAreKeptInstead() throws {
    let (content, output) = try site()
    let first = try build(content, output)
    #expect(first.status == 0, "\(first.stderr)")
    try append("size: 3\n", to: content + "/site.yml")
    let edited = try build(content, output)
    #expect(edited.output.contains("pages"), "an edit is built")
    #expect(edited.stderr.contains("warning: unknown key `size`"))
    #expect(warnings(edited.stderr).hasSuffix("0 errors, 2 warnings\n"))
    let again = try build(content, output)
    #expect(again.output == "\(output) is up to date\n")
    #expect(again.stderr == warnings(edited.stderr))
  }

  @Test func theWarningsGoneTheSkippedBuildPrintsNone() throws {
    let (content, output) = try site()
    #expect(try build(content, output).status == 0)
    let yml = try String(contentsOfFile: content + "/site.yml", encoding: .utf8)
    try yml.replacingOccurrences(of: "colour: 红\n", with: "")
      .write(toFile: content + "/site.yml", atomically: false, encoding: .utf8)
    let clean = try build(content, output)
    #expect(clean.output.contains("pages"))
    #expect(!clean.stderr.contains("warning"))
    let again = try build(content, output)
    #expect(again.output == "\(output) is up to date\n")
    #expect(again.stderr.isEmpty)
  }

  /// The warnings' paths start with `--content` as given: given otherwise, the build runs and
  /// prints them as they read now. `--strict` makes them errors: the build fails as always.
  @Test func anotherContentPathOrStrictIsNotSkipped() throws {
    let (content, output) = try site()
    #expect(try build(content, output).status == 0)
    let other = content + "/../Content"
    let otherwise = try build(other, output)
    #expect(otherwise.output.contains("pages"))
    #expect(otherwise.stderr.contains(other + "/site.yml"))
    let strict = try build(other, output, ["--strict"])
    #expect(strict.status == 1)
    #expect(strict.stderr.contains("error: unknown key `colour`"))
    #expect(strict.stderr.contains("is unchanged"))
    let again = try build(other, output)
    #expect(again.output == "\(output) is up to date\n")
    #expect(again.stderr == warnings(otherwise.stderr))
  }

  /// Warnings in the marker that do not read as they were written (a count changed by hand):
  /// the output is not trusted to be up to date, and the build runs.
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
    #expect(warnings(again.stderr) == warnings(first.stderr))
    #expect(try build(content, output).output == "\(output) is up to date\n")
  }
}
