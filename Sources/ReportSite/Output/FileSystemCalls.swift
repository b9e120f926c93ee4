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
enum FileSystemCalls {
  /// The error of a failed call, printed as the C library describes it.
  struct Failure: Error, CustomStringConvertible {
    let code: Int32
    var description: String { String(cString: strerror(code)) }
    var isMissing: Bool { code == ENOENT || code == ENOTDIR }
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
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
    guard descriptor >= 0 else { throw Failure(code: errno) }
    var offset = 0
    while offset < bytes.count {
      let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
      if written < 0 {
        if errno == EINTR { continue }
        let code = errno
        close(descriptor)
        throw Failure(code: code)
      }
      offset += written
    }
    guard close(descriptor) == 0 else { throw Failure(code: errno) }
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

  static func rename(_ from: String, to: String) throws(Failure) {
    #if canImport(Glibc) || canImport(Musl)
      let result = Glibc.rename(from, to)
    #else
      let result = Darwin.rename(from, to)
    #endif
    guard result == 0 else { throw Failure(code: errno) }
  }

  /// What is at `path`, without following a symbolic link there.
  enum Kind { case missing, folder, file, other }

  static func kind(of path: String) -> Kind {
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
}
