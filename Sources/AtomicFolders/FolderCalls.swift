import CFolderCalls

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The system calls of a whole-folder replacement: create files in a staging folder, sync them,
/// then exchange or rename the folder into place. Every call throws the `errno` it failed with.
public enum FolderCalls {
  /// Exchanges the folders (or files) at `first` and `second`, both existing, in one atomic
  /// step: at every moment each path names one whole tree. Returns false, changing nothing,
  /// where the system or the file system cannot (EINVAL, ENOSYS, ENOTSUP); the caller then
  /// falls back to two renames.
  public static func exchange(_ first: String, _ second: String) throws(SystemCallError) -> Bool {
    guard folder_calls_exchange(first, second) != 0 else { return true }
    let error = SystemCallError.last
    if error.code == EINVAL || error.code == ENOSYS || error.code == ENOTSUP { return false }
    throw error
  }

  /// Moves `from` to `to`, replacing `to` when it is a file or an empty folder.
  public static func rename(_ from: String, to: String) throws(SystemCallError) {
    #if canImport(Glibc) || canImport(Musl)
      let result = Glibc.rename(from, to)
    #else
      let result = Darwin.rename(from, to)
    #endif
    guard result == 0 else { throw SystemCallError.last }
  }

  /// Creates the file `path`, which must not exist, with `bytes`: open, write, close.
  public static func createFile(_ path: String, bytes: UnsafeRawBufferPointer)
    throws(SystemCallError)
  {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
    guard descriptor >= 0 else { throw SystemCallError.last }
    var offset = 0
    while offset < bytes.count {
      let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
      if written < 0 {
        if errno == EINTR { continue }
        let error = SystemCallError.last
        close(descriptor)
        throw error
      }
      offset += written
    }
    guard close(descriptor) == 0 else { throw SystemCallError.last }
  }

  /// Creates the folder `path`; its parent must exist. Fails when `path` exists.
  public static func makeFolder(_ path: String) throws(SystemCallError) {
    guard mkdir(path, 0o777) == 0 else { throw SystemCallError.last }
  }

  /// Writes every file of the file system that holds `path` to the disk at once (`syncfs`):
  /// one call instead of one `fsync` per file of a staged folder.
  public static func syncFileSystem(containing path: String) throws(SystemCallError) {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw SystemCallError.last }
    defer { close(descriptor) }
    guard folder_calls_sync_file_system(descriptor) == 0 else { throw SystemCallError.last }
  }

  /// Copies the bytes `range` of the open file `from` to the open file `to`, at its position:
  /// inside the kernel where it can (`copy_file_range`), else read and written. Throws EIO
  /// when `from` ends before the range does.
  public static func copy(_ range: Range<Int>, of from: Int32, to: Int32)
    throws(SystemCallError)
  {
    var offset = range.lowerBound
    var inKernel = true
    var buffer: [UInt8] = []
    while offset < range.upperBound {
      let wanted = range.upperBound - offset
      if inKernel {
        let copied = folder_calls_copy_range(from, Int64(offset), to, Int64(wanted))
        if copied > 0 {
          offset += Int(copied)
          continue
        }
        if copied == 0 { throw SystemCallError(code: EIO) }
        let code = errno
        if code == EINTR { continue }
        guard code == ENOSYS || code == EXDEV || code == EINVAL || code == EOPNOTSUPP else {
          throw SystemCallError(code: code)
        }
        inKernel = false
        buffer = [UInt8](repeating: 0, count: 1 << 20)
      }
      let got = buffer.withUnsafeMutableBytes { bytes in
        pread(from, bytes.baseAddress!, min(wanted, bytes.count), off_t(offset))
      }
      if got < 0, errno == EINTR { continue }
      guard got > 0 else { throw got == 0 ? SystemCallError(code: EIO) : SystemCallError.last }
      var written = 0
      while written < got {
        let result = buffer.withUnsafeBytes { bytes in
          write(to, bytes.baseAddress! + written, got - written)
        }
        if result < 0 {
          if errno == EINTR { continue }
          throw SystemCallError.last
        }
        written += result
      }
      offset += got
    }
  }

  /// Writes the folder `path` itself (its list of names) to the disk, so that a rename into it
  /// survives a power cut.
  public static func syncFolder(_ path: String) throws(SystemCallError) {
    let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else { throw SystemCallError.last }
    defer { close(descriptor) }
    guard fsync(descriptor) == 0 else { throw SystemCallError.last }
  }

  /// What is at a path, without following a symbolic link there.
  public enum Kind: Sendable { case missing, folder, file, other }

  public static func kind(of path: String) -> Kind {
    var status = stat()
    guard lstat(path, &status) == 0 else { return .missing }
    switch status.st_mode & S_IFMT {
    case S_IFDIR: return .folder
    case S_IFREG: return .file
    default: return .other
    }
  }

  /// The first `count` bytes (fewer when the file is shorter) of the regular file `path`; nil
  /// when there is no regular file there or it cannot be read. Symbolic links are not followed.
  public static func prefix(ofFile path: String, count: Int) -> [UInt8]? {
    let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
    var bytes = [UInt8](repeating: 0, count: min(count, Int(status.st_size)))
    var got = 0
    while got < bytes.count {
      let result = bytes.withUnsafeMutableBytes {
        read(descriptor, $0.baseAddress! + got, $0.count - got)
      }
      if result < 0, errno == EINTR { continue }
      guard result > 0 else { return nil }
      got += result
    }
    return bytes
  }
}
