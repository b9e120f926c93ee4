import Foundation

extension OutputDirectory {
  /// Hard-links each of `files` from the old site into the staging folder, on every core, a
  /// folder per core at a time (see ``FolderQueue``).
  func linkUnchanged(_ files: [String]) throws {
    try makeFolders(for: files)
    let queue = FolderQueue(paths: files)
    let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, files.count))
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      while let position = queue.next(worker: worker) {
        do {
          try link(files[position])
        } catch {
          queue.record(error, at: position)
        }
      }
    }
    if let error = queue.firstError { throw error }
  }

  /// Hard-links the old site's file `relative` into the staging folder as `name` (default: the
  /// same path).
  func link(_ relative: String, to name: String? = nil) throws {
    let target = stagingPath + "/" + (name ?? relative)
    do {
      try FileSystemCalls.hardLink(path + "/" + relative, to: target)
    } catch {
      if error.isDiskFull { throw failure("link", relative, error) }
      // Another file system or no hard links there: copy instead.
      let data = try io("copy", url.appendingPathComponent(relative)) {
        try Data(contentsOf: url.appendingPathComponent(relative))
      }
      try data.withUnsafeBytes { bytes in
        do {
          try FileSystemCalls.createFile(target, bytes: bytes)
        } catch {
          throw failure("copy", relative, error)
        }
      }
    }
  }

  /// Whether the old site has exactly these files and only the folders that hold them.
  func oldSiteHoldsExactly(_ files: [String]) throws -> Bool {
    let old: (files: Set<String>, folders: Set<String>)
    do {
      old = try FileSystemCalls.inventory(of: path)
    } catch {
      throw SiteBuildError.io(
        step: "read the output folder", path: url.relativePath, reason: error.description)
    }
    guard old.files.count == files.count, old.files == Set(files) else { return false }
    var folders: Set<String> = []
    for file in files {
      var folder = Substring(file)
      while let slash = folder.utf8.lastIndex(of: UInt8(ascii: "/")) {
        folder = folder[..<slash]
        if !folders.insert(String(folder)).inserted { break }
      }
    }
    return old.folders == folders
  }
}
