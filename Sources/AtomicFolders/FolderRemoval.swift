#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Removing whole staging trees, and finding the ones that killed processes left.
public enum FolderRemoval {
  /// Removes the folder `path` and everything in it. The file `marker` directly inside it (the
  /// file by which the folder is recognised as report-site's) goes last, just before the folder
  /// itself, so that a removal cut short leaves a folder that is still recognised and removed
  /// next time. Symbolic links are removed, never followed. A missing `path` is no error.
  public static func remove(_ path: String, markerLast marker: String?) throws(SystemCallError) {
    let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
    guard descriptor >= 0 else {
      let error = SystemCallError.last
      if error.isMissing { return }
      throw error
    }
    defer { close(descriptor) }
    try removeContents(of: descriptor, keeping: marker)
    if let marker, unlinkat(descriptor, marker, 0) != 0, !SystemCallError.last.isMissing {
      throw SystemCallError.last
    }
    guard rmdir(path) == 0 || SystemCallError.last.isMissing else { throw SystemCallError.last }
  }

  /// The names of the folders directly in `folder`, sorted; symbolic links and files are not
  /// listed. A missing `folder` has none.
  public static func folders(in folder: String) throws(SystemCallError) -> [String] {
    let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else {
      let error = SystemCallError.last
      if error.isMissing { return [] }
      throw error
    }
    defer { close(descriptor) }
    return try entries(of: descriptor).filter(\.isFolder).map(\.name).sorted()
  }

  /// Whether `name` is `prefix` followed by a process id (digits only), as the staging folders
  /// of a process are named: `.Output.tmp-1234`.
  public static func isNamed(_ name: String, prefix: String) -> Bool {
    name.hasPrefix(prefix) && name.utf8.count > prefix.utf8.count
      && name.utf8.dropFirst(prefix.utf8.count).allSatisfy { (0x30...0x39).contains($0) }
  }

  /// Removes everything in the open folder `descriptor` but the file `kept`.
  private static func removeContents(of descriptor: Int32, keeping kept: String?)
    throws(SystemCallError)
  {
    for entry in try entries(of: descriptor) where entry.name != kept {
      // By the name's bytes as listed: a name that is not UTF-8 is removed too.
      let name = entry.bytes
      if entry.isFolder {
        let child = openat(descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard child >= 0 else { throw SystemCallError.last }
        defer { close(child) }
        try removeContents(of: child, keeping: nil)
        guard unlinkat(descriptor, name, AT_REMOVEDIR) == 0 else { throw SystemCallError.last }
      } else if unlinkat(descriptor, name, 0) != 0, !SystemCallError.last.isMissing {
        throw SystemCallError.last
      }
    }
  }

  /// An entry of a folder: its name, the name's bytes (NUL-terminated) and whether it is a
  /// folder (a symbolic link to a folder is not).
  private struct Entry {
    var name: String
    var bytes: [CChar]
    var isFolder: Bool
  }

  /// The entries of the open folder `descriptor`.
  private static func entries(of descriptor: Int32) throws(SystemCallError) -> [Entry] {
    // The stream reads a duplicate, so that closing it leaves `descriptor` open.
    guard let stream = fdopendir(dup(descriptor)) else { throw SystemCallError.last }
    defer { closedir(stream) }
    var entries: [Entry] = []
    while let entry = readdir(stream) {
      let bytes = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        raw.prefix { $0 != 0 }.map { CChar(bitPattern: $0) } + [0]
      }
      let name = String(decoding: bytes.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
      if name == "." || name == ".." { continue }
      var isFolder = entry.pointee.d_type == UInt8(DT_DIR)
      if entry.pointee.d_type == UInt8(DT_UNKNOWN) {
        var status = stat()
        isFolder =
          fstatat(descriptor, bytes, &status, AT_SYMLINK_NOFOLLOW) == 0
          && status.st_mode & S_IFMT == S_IFDIR
      }
      entries.append(Entry(name: name, bytes: bytes, isFolder: isFolder))
    }
    return entries
  }
}
