import AtomicFolders
import Foundation

/// The previous site, kept beside the output after a swap (`.Output.back`), so that the next
/// build need not link every unchanged file into a new staging tree.
///
/// After the exchange, the old site (now at the staging path) is not removed: it gets a
/// catch-up list (``backRecordName``) — the files the new site wrote or dropped, and the
/// digest of the new site's build record, which names the site it lags behind — and is
/// renamed to `.Output.back`. The next build, holding the lock, renames it to its staging
/// path and catches it up: each file the live site wrote is hard-linked from the live site
/// (after unlinking the old one), each file it dropped is unlinked. The staging tree then
/// holds the live site's files, the same inodes, and the build only replaces the files whose
/// bytes change (a new file each: a file is never written in place, so the live site, which
/// shares the others' inodes, is never written to) and unlinks the files the new site drops.
///
/// Crash safety: a back tree is used only when its catch-up list names the live site's
/// record; any other is removed (when it holds the marker). While it is caught up and written
/// it has the staging folder's name, so a build killed meanwhile leaves a marked staging
/// folder, which the next build removes, and builds in full.
extension OutputDirectory {
  /// The catch-up list of a back tree.
  static let backRecordName = ".report-site-back"
  static let backRecordHeader = "report-site back tree 1\n"

  var backPath: String {
    url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).back").path
  }

  /// The digest that names the live site: that of its build record; nil without one.
  func liveKey() -> String? {
    guard let data = FileManager.default.contents(atPath: path + "/" + BuildRecord.fileName)
    else { return nil }
    var hasher = StableHasher()
    data.withUnsafeBytes { hasher.combine(bytes: $0) }
    return hasher.hex
  }

  /// Takes the back tree as the staging folder and catches it up with the live site, when
  /// its catch-up list names the live site; else removes it. Returns whether it did.
  func adoptBackTree() -> Bool {
    guard FolderCalls.kind(of: backPath) == .folder else { return false }
    guard let key = liveKey(),
      let data = FileManager.default.contents(atPath: backPath + "/" + Self.backRecordName),
      let text = String(data: data, encoding: .utf8), text.hasPrefix(Self.backRecordHeader)
    else {
      discardBackTree()
      return false
    }
    var lines = text.dropFirst(Self.backRecordHeader.count).split(separator: "\n")[...]
    guard lines.popFirst() == "live " + key[...] else {
      discardBackTree()
      return false
    }
    do {
      try FolderCalls.rename(backPath, to: stagingPath)
    } catch {
      return false
    }
    do {
      for line in lines {
        let relative = String(line.dropFirst(2))
        guard !relative.isEmpty, !relative.hasPrefix("/"), !relative.contains("..") else {
          throw FileSystemCalls.Failure(code: EINVAL)
        }
        if relative == Self.markerName {
          // Replaced in one rename, so that the folder is never without its marker.
          let temporary = stagingPath + "/" + Self.markerName + ".new"
          try unlinkStaged(Self.markerName + ".new")
          try FileSystemCalls.hardLink(path + "/" + relative, to: temporary)
          try FolderCalls.rename(temporary, to: stagingPath + "/" + relative)
          // Renaming one name of a file over another of the same file does nothing.
          try unlinkStaged(Self.markerName + ".new")
          continue
        }
        try unlinkStagedHoldingBigFiles(relative)
        if line.hasPrefix("l ") {
          try makeStagingParents(of: relative)
          try FileSystemCalls.hardLink(path + "/" + relative, to: stagingPath + "/" + relative)
        } else {
          removeEmptyStagingParents(of: relative)
        }
      }
      try unlinkStaged(Self.backRecordName)
    } catch {
      abandon()
      return false
    }
    madeFolders.insert("")
    reusingBack = true
    return true
  }

  /// Files at least this big are held open while the catch-up unlinks them (see
  /// ``unlinkStagedHoldingBigFiles(_:)``), at most ``heldOpenLimit`` of them.
  static let heldOpenSize = 1 << 20
  static let heldOpenLimit = 64

  /// Removes the file `relative` from the back tree being caught up, like
  /// ``unlinkStaged(_:)``; a big file that is the back tree's own (its only link, e.g. the
  /// open data two builds old) is opened first, so that the unlink does not free its blocks
  /// while the build waits: they are freed when it is closed, on another thread, once the
  /// build has put its site in place or given up (``closeHeldFiles()``).
  func unlinkStagedHoldingBigFiles(_ relative: String) throws(FileSystemCalls.Failure) {
    let path = stagingPath + "/" + relative
    var status = stat()
    if heldOpen.count < Self.heldOpenLimit, lstat(path, &status) == 0,
      status.st_mode & S_IFMT == S_IFREG, status.st_nlink == 1,
      status.st_size >= Self.heldOpenSize
    {
      let descriptor = open(path, O_RDONLY | O_CLOEXEC)
      if descriptor >= 0 { heldOpen.append(descriptor) }
    }
    try unlinkStaged(relative)
  }

  /// Closes the files ``unlinkStagedHoldingBigFiles(_:)`` held open, on another thread: the
  /// last close of an unlinked file frees its blocks. (A process that ends first has them
  /// closed by the system.)
  func closeHeldFiles() {
    let descriptors = heldOpen
    heldOpen = []
    guard !descriptors.isEmpty else { return }
    DispatchQueue.global(qos: .utility).async {
      for descriptor in descriptors { close(descriptor) }
    }
  }

  /// Removes the back tree when it holds the marker; leaves anything else alone.
  func discardBackTree() {
    let marker = FolderCalls.prefix(
      ofFile: backPath + "/" + Self.markerName, count: Self.markerText.utf8.count)
    if marker == Array(Self.markerText.utf8) {
      try? FolderRemoval.remove(backPath, markerLast: Self.markerName)
    }
  }

  /// Removes the file `relative` from the staging folder (a back tree); missing is no error.
  func unlinkStaged(_ relative: String) throws(FileSystemCalls.Failure) {
    guard unlink(stagingPath + "/" + relative) == 0 || errno == ENOENT else {
      throw FileSystemCalls.Failure(code: errno)
    }
  }

  private func makeStagingParents(of relative: String) throws(FileSystemCalls.Failure) {
    var folders: [Substring] = []
    var folder = Substring(relative)
    while let slash = folder.utf8.lastIndex(of: UInt8(ascii: "/")) {
      folder = folder[..<slash]
      folders.append(folder)
    }
    for folder in folders.reversed() { try FileSystemCalls.makeFolder(stagingPath + "/" + folder) }
  }

  private func removeEmptyStagingParents(of relative: String) {
    var folder = Substring(relative)
    while let slash = folder.utf8.lastIndex(of: UInt8(ascii: "/")) {
      folder = folder[..<slash]
      if rmdir(stagingPath + "/" + folder) != 0 { return }
    }
  }

  /// The old site's files that the new site does not have (`files`), by path:
  /// ``droppedFiles`` when the caller gave them.
  func staleFiles(of folder: String, keeping files: () -> [String]) throws -> [String] {
    if let droppedFiles { return droppedFiles.sorted() }
    let old: Set<String>
    do {
      old = try FileSystemCalls.inventory(of: folder).files
    } catch {
      throw SiteBuildError.io(
        step: "read the output folder", path: url.relativePath, reason: error.description)
    }
    return old.subtracting(files()).subtracting([Self.markerName]).sorted()
  }

  /// Unlinks from the staging folder (a back tree caught up with the live site) the files the
  /// new site does not have, and the folders left empty; returns them.
  func removeStale(keeping files: () -> [String]) throws -> [String] {
    let stale = try staleFiles(of: stagingPath, keeping: files)
    for relative in stale {
      do {
        try unlinkStaged(relative)
      } catch {
        throw failure("remove", relative, error)
      }
      removeEmptyStagingParents(of: relative)
    }
    return stale
  }

  /// Makes the old site, at the staging path after the exchange (or the caught-up back tree
  /// when nothing changed), the back tree: writes its catch-up list — `relink` the files the
  /// live site wrote, `remove` those it dropped — and renames it. Where that fails the old
  /// site is removed, as without a back tree.
  func keepAsBackTree(relink: [String], remove stale: [String]) {
    guard let key = liveKey(), FolderCalls.kind(of: backPath) == .missing else {
      abandon()
      return
    }
    var text = Self.backRecordHeader + "live " + key + "\n"
    for relative in relink { text += "l " + relative + "\n" }
    for relative in stale { text += "r " + relative + "\n" }
    do {
      try unlinkStaged(Self.backRecordName)
      try Data(text.utf8).withUnsafeBytes { bytes in
        try FileSystemCalls.createFile(stagingPath + "/" + Self.backRecordName, bytes: bytes)
      }
      try FolderCalls.rename(stagingPath, to: backPath)
    } catch {
      abandon()
    }
  }
}
