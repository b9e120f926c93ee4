import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The disk's share of a build: the time to create a copy of a built site's files, their bytes
/// already in memory, with one thread per core, each thread in folders of its own (as the build
/// writes them). No build can write the same files faster on the same disk.
enum WriteFloor {
  struct Result {
    let seconds: Double
    let files: Int
    let megabytes: Double
  }

  static func measure(copying tree: String, into target: String) throws -> Result {
    var paths: [String] = []
    let enumerator = FileManager.default.enumerator(atPath: tree)
    while let path = enumerator?.nextObject() as? String {
      var isFolder: ObjCBool = false
      if FileManager.default.fileExists(atPath: tree + "/" + path, isDirectory: &isFolder),
        !isFolder.boolValue
      {
        paths.append(path)
      }
    }
    paths.sort()
    let contents = try paths.map { try Data(contentsOf: URL(fileURLWithPath: tree + "/" + $0)) }
    let folders = Set(paths.map { ($0 as NSString).deletingLastPathComponent })
    for folder in folders.sorted() {
      try FileManager.default.createDirectory(
        atPath: target + "/" + folder, withIntermediateDirectories: true)
    }
    // Whole folders to threads, largest first, each to the thread with least to write.
    let byFolder = Dictionary(grouping: paths.indices) {
      (paths[$0] as NSString).deletingLastPathComponent
    }
    let workers = ProcessInfo.processInfo.activeProcessorCount
    var shares = Array(repeating: [Int](), count: workers)
    var loads = Array(repeating: 0, count: workers)
    for (_, files) in byFolder.sorted(by: { ($0.value.count, $0.key) > ($1.value.count, $1.key) }) {
      let least = loads.indices.min { loads[$0] < loads[$1] }!
      shares[least] += files
      loads[least] += files.reduce(0) { $0 + contents[$1].count }
    }
    let (files, jobs) = (paths, shares)
    let start = ContinuousClock.now
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      for file in jobs[worker] {
        let descriptor = open(target + "/" + files[file], O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else { continue }
        contents[file].withUnsafeBytes { _ = write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
      }
    }
    let seconds = (ContinuousClock.now - start) / .seconds(1)
    let bytes = contents.reduce(0) { $0 + $1.count }
    return Result(seconds: seconds, files: paths.count, megabytes: Double(bytes) / 1_048_576)
  }
}
