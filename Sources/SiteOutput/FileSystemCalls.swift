import AtomicFolders
import FileBytes

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The few POSIX calls the output folder needs, with one syscall per step and no temporary
/// files, `fsync` or Foundation layers in between. All of the output's C calls stay here.
///
/// Every call returns `errno` on failure so that the caller can name the file and the step.
public enum FileSystemCalls {
  /// The error of a failed call, printed as the C library describes it.
  struct Failure: Error, CustomStringConvertible {
    let code: Int32
    var description: String { String(cString: strerror(code)) }
    var isMissing: Bool { code == ENOENT || code == ENOTDIR }
    var isDiskFull: Bool { SystemCallError(code: code).isDiskFull }
  }

  /// Whether the regular file at `path` holds exactly `bytes`. A missing file, a folder, a
  /// symbolic link or an unreadable file count as different.
  static func fileHolds(_ bytes: UnsafeRawBufferPointer, at path: String) -> Bool {
    let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
    guard descriptor >= 0 else { return false }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
      Int(status.st_size) == bytes.count
    else { return false }
    if bytes.isEmpty { return true }
    let chunkSize = 1 << 16
    let chunk = UnsafeMutableRawPointer.allocate(
      byteCount: min(chunkSize, bytes.count), alignment: 16)
    defer { chunk.deallocate() }
    var offset = 0
    while offset < bytes.count {
      let wanted = min(chunkSize, bytes.count - offset)
      let got = read(descriptor, chunk, wanted)
      if got < 0, errno == EINTR { continue }
      guard got > 0 else { return false }
      if memcmp(chunk, bytes.baseAddress! + offset, got) != 0 { return false }
      offset += got
    }
    return true
  }

  /// Creates the file `path` (which must not exist) with `bytes`: open, write, close.
  static func createFile(_ path: String, bytes: UnsafeRawBufferPointer) throws(Failure) {
    do {
      try FolderCalls.createFile(path, bytes: bytes)
    } catch {
      throw Failure(code: error.code)
    }
  }

  /// A second name for the file `existing`; the file is not copied and keeps its inode and
  /// modification time.
  static func hardLink(_ existing: String, to path: String) throws(Failure) {
    guard link(existing, path) == 0 else { throw Failure(code: errno) }
  }

  /// Creates the folder `path`; succeeds when it exists already.
  static func makeFolder(_ path: String) throws(Failure) {
    guard mkdir(path, 0o777) == 0 || errno == EEXIST else { throw Failure(code: errno) }
  }

  /// What is at `path`, without following a symbolic link there.
  public enum Kind { case missing, folder, file, other }

  public static func kind(of path: String) -> Kind {
    var status = stat()
    guard lstat(path, &status) == 0 else { return .missing }
    switch status.st_mode & S_IFMT {
    case S_IFDIR: return .folder
    case S_IFREG: return .file
    default: return .other
    }
  }

  /// Every entry under `folder`, as paths relative to it (hidden ones too), split into files
  /// (anything that is not a folder) and folders. Symbolic links are listed, never followed.
  static func inventory(of folder: String) throws(Failure) -> (
    files: Set<String>, folders: Set<String>
  ) {
    var files: Set<String> = []
    var folders: Set<String> = []
    var pending = [""]
    while let relative = pending.popLast() {
      let full = relative.isEmpty ? folder : folder + "/" + relative
      guard let stream = opendir(full) else { throw Failure(code: errno) }
      defer { closedir(stream) }
      while let entry = readdir(stream) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
          String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        if name == "." || name == ".." { continue }
        let path = relative.isEmpty ? name : relative + "/" + name
        var isFolder = entry.pointee.d_type == UInt8(DT_DIR)
        if entry.pointee.d_type == UInt8(DT_UNKNOWN) {
          isFolder = kind(of: full + "/" + name) == .folder
        }
        if isFolder {
          folders.insert(path)
          pending.append(path)
        } else {
          files.insert(path)
        }
      }
    }
    return (files, folders)
  }

  /// A folder's tree, listed once: its folders (open, so that files are reached by name
  /// within their folder without walking the whole path again) and its files.
  final class Tree: Sendable {
    /// Paths relative to the root, in no particular order; the root itself is not listed.
    let folders: [String]
    /// Relative paths with the position of their folder in ``descriptors``, in no particular
    /// order.
    let files: [(path: String, folder: Int, name: String)]
    /// Entries that are neither regular files nor folders (after following symbolic links when
    /// the tree was listed so); for the output, whose symbolic links are not followed, any is
    /// a difference.
    let others: Int
    fileprivate let descriptors: [Int32]

    fileprivate init(
      folders: [String], files: [(path: String, folder: Int, name: String)], others: Int,
      descriptors: [Int32]
    ) {
      self.folders = folders
      self.files = files
      self.others = others
      self.descriptors = descriptors
    }

    deinit { for descriptor in descriptors { close(descriptor) } }

    /// The bytes of file `index` added to `hasher`; false when it cannot be read.
    func hashFile(_ index: Int, into hasher: inout StableHasher) -> Bool {
      let file = files[index]
      let descriptor = openat(descriptors[file.folder], file.name, O_RDONLY | O_CLOEXEC)
      guard descriptor >= 0 else { return false }
      defer { close(descriptor) }
      return FileSystemCalls.hashContents(of: descriptor, into: &hasher)
    }

    /// The identity of file `index` (a symbolic link is followed): size, times, device and
    /// inode; nil when it cannot be read.
    func identity(_ index: Int) -> ContentFileIdentity? {
      let file = files[index]
      var status = stat()
      guard fstatat(descriptors[file.folder], file.name, &status, 0) == 0 else { return nil }
      return ContentFileIdentity(status)
    }

    /// The bytes of file `index`, a regular file when the tree was listed, read into a buffer
    /// of `sizeHint` + 1 bytes first (its size then: one `read` reads it all and sees its end,
    /// see ``FileBytes/readToEnd(_:sizeHint:isRegularFile:)``); nil when it cannot be read.
    func readFile(_ index: Int, sizeHint: Int) -> [UInt8]? {
      let file = files[index]
      let descriptor = openat(descriptors[file.folder], file.name, O_RDONLY | O_CLOEXEC)
      guard descriptor >= 0 else { return nil }
      defer { close(descriptor) }
      return FileBytes.readToEnd(descriptor, sizeHint: sizeHint, isRegularFile: true)
    }

    /// The size of file `index` when it is a regular file (a symbolic link is not followed).
    func size(_ index: Int) -> Int? {
      let file = files[index]
      var status = stat()
      guard fstatat(descriptors[file.folder], file.name, &status, AT_SYMLINK_NOFOLLOW) == 0,
        status.st_mode & S_IFMT == S_IFREG
      else { return nil }
      return Int(status.st_size)
    }
  }

  /// The tree under `folder`: nil when `folder` is missing. Names starting with `.` are skipped
  /// when `skippingHidden`; symbolic links are followed when `followingLinks`.
  static func tree(of folder: String, skippingHidden: Bool, followingLinks: Bool) throws(Failure)
    -> Tree?
  {
    var folders: [String] = []
    var files: [(path: String, folder: Int, name: String)] = []
    var descriptors: [Int32] = []
    var others = 0
    var pending = [""]
    while let relative = pending.popLast() {
      let full = relative.isEmpty ? folder : folder + "/" + relative
      let descriptor = open(full, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
      guard descriptor >= 0 else {
        let code = errno
        for opened in descriptors { close(opened) }
        if relative.isEmpty, code == ENOENT || code == ENOTDIR { return nil }
        throw Failure(code: code)
      }
      descriptors.append(descriptor)
      let position = descriptors.count - 1
      if !relative.isEmpty { folders.append(relative) }
      // The stream reads a duplicate, so that closing it leaves `descriptor` open.
      guard let stream = fdopendir(dup(descriptor)) else {
        let code = errno
        for opened in descriptors { close(opened) }
        throw Failure(code: code)
      }
      defer { closedir(stream) }
      while let entry = readdir(stream) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
          String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        if name == "." || name == ".." || (skippingHidden && name.hasPrefix(".")) { continue }
        let path = relative.isEmpty ? name : relative + "/" + name
        var type = entry.pointee.d_type
        if type == UInt8(DT_UNKNOWN) || (followingLinks && type == UInt8(DT_LNK)) {
          var status = stat()
          let flags = followingLinks ? 0 : AT_SYMLINK_NOFOLLOW
          guard fstatat(descriptor, name, &status, flags) == 0 else {
            others += 1
            continue
          }
          let mode = status.st_mode & S_IFMT
          type = mode == S_IFDIR ? UInt8(DT_DIR) : mode == S_IFREG ? UInt8(DT_REG) : 0
        }
        if type == UInt8(DT_DIR) {
          pending.append(path)
        } else if type == UInt8(DT_REG) {
          files.append((path, position, name))
        } else {
          others += 1
        }
      }
    }
    return Tree(folders: folders, files: files, others: others, descriptors: descriptors)
  }

  /// The bytes read from `descriptor` up to its end, and its status before they were read.
  static func contentsAndStatus(of descriptor: Int32) -> (bytes: [UInt8], status: stat)? {
    var status = stat()
    guard fstat(descriptor, &status) == 0,
      let bytes = FileBytes.readToEnd(
        descriptor, sizeHint: Int(status.st_size), isRegularFile: status.st_mode & S_IFMT == S_IFREG
      )
    else { return nil }
    return (bytes, status)
  }

  /// The bytes read from `descriptor` up to its end added to `hasher`; false on a read error.
  static func hashContents(of descriptor: Int32, into hasher: inout StableHasher) -> Bool {
    guard let bytes = contentsAndStatus(of: descriptor)?.bytes else { return false }
    bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    return true
  }

}
