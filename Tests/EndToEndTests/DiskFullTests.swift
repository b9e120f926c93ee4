import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// A small tmpfs mounted for one test (root only; CI runs as root).
struct TmpfsMount {
  let path: String

  /// Whether this process may mount a tmpfs: it tries once, on a throw-away folder.
  static let isPossible: Bool = {
    guard getuid() == 0, let folder = try? temporaryFolder() else { return false }
    guard (try? run("/bin/mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", folder])) == 0
    else { return false }
    _ = try? run("/bin/umount", [folder])
    return true
  }()

  init(size: String) throws {
    path = try temporaryFolder()
    let status = try Self.run("/bin/mount", ["-t", "tmpfs", "-o", "size=\(size)", "tmpfs", path])
    try #require(status == 0, "mount -t tmpfs failed")
  }

  func unmount() {
    _ = try? Self.run("/bin/umount", [path])
  }

  /// Bytes free on the mounted file system.
  var freeBytes: Int {
    var status = statvfs()
    guard statvfs(path, &status) == 0 else { return 0 }
    return Int(status.f_bavail) * Int(status.f_frsize)
  }

  @discardableResult
  static func run(_ tool: String, _ arguments: [String]) throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tool)
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    return process.terminationStatus
  }
}

/// A build onto a full disk fails with a clear message, leaves the previous Output/ as it was
/// and leaves no staging folder; once there is room again, the next build works.
@Suite struct DiskFull {
  let templates = repositoryRoot.appendingPathComponent("Templates").path

  @Test(
    .enabled(
      if: TmpfsMount.isPossible,
      "skipped: mounting a tmpfs (mount -t tmpfs) needs root with CAP_SYS_ADMIN, not given here"))
  func aFullDiskFailsClearlyAndKeepsTheOldSite() throws {
    let folder = try temporaryFolder()
    let content = folder + "/Content"
    try FileManager.default.copyItem(
      atPath: repositoryRoot.appendingPathComponent("Content").path, toPath: content)
    let disk = try TmpfsMount(size: "8m")
    defer { disk.unmount() }
    let output = disk.path + "/www/Output"
    let build = ["build", "--content", content, "--templates", templates, "--output", output]
    let first = try ReportSiteBinary.run(build)
    try #require(first.status == 0, "\(first.stderr)")
    let before = try Manifest.of(output)

    // Every page changes (the site's title is on each), and the disk has room for a few only.
    let site = content + "/site.yml"
    let config = try String(contentsOfFile: site, encoding: .utf8)
    try config.replacingOccurrences(of: "title: ", with: "title: 新")
      .write(toFile: site, atomically: true, encoding: .utf8)
    let filler = disk.path + "/filler"
    let room = 200 * 1024
    try Data(count: max(0, disk.freeBytes - room)).write(to: URL(fileURLWithPath: filler))

    let full = try ReportSiteBinary.run(build)
    #expect(full.status == 1)
    #expect(full.stderr.contains("\(output): error: the disk is full"), "\(full.stderr)")
    #expect(full.stderr.contains("note: free space on the disk that holds \(output)"))
    #expect(full.stderr.contains("the site was not built; \(output) is unchanged"))
    #expect(try Manifest.of(output) == before)
    #expect(try entries(of: disk.path + "/www") == [".Output.cache", ".Output.lock", "Output"])

    // Room again: the build works.
    try FileManager.default.removeItem(atPath: filler)
    let again = try ReportSiteBinary.run(build)
    #expect(again.status == 0, "\(again.stderr)")
    #expect(try Manifest.of(output) != before)
    #expect(try entries(of: disk.path + "/www") == [".Output.cache", ".Output.lock", "Output"])
  }
}
