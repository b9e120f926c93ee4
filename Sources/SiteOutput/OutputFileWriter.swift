import AtomicFolders

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file of the new site written in pieces (see ``OutputDirectory/write(to:inPieces:)``), so
/// that a large file (the open data) never sits whole in memory: bytes are gathered up to
/// ``chunkSize`` and then written to the staging folder, each chunk compared on the way with
/// the same bytes of the old site's file.
public final class OutputFileWriter {
  /// Bytes gathered before they are written.
  public static let chunkSize = 1 << 20

  private var buffer: [UInt8] = []
  private var descriptor: Int32
  /// The old site's file while every byte so far equals it; -1 once one differs, or none.
  private var old: Int32
  /// The old site's file that byte ranges are copied from (see ``copyFromOld(_:)``), or -1.
  private var source: Int32 = -1
  /// Bytes written so far.
  public private(set) var count = 0

  /// Creates `path` (which must not exist), to be compared with the regular file `oldPath`.
  init(creating path: String, comparingWith oldPath: String?) throws(FileSystemCalls.Failure) {
    descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
    guard descriptor >= 0 else { throw FileSystemCalls.Failure(code: errno) }
    old = -1
    if let oldPath {
      let opened = open(oldPath, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
      var status = stat()
      if opened >= 0, fstat(opened, &status) == 0, status.st_mode & S_IFMT == S_IFREG {
        old = opened
      } else if opened >= 0 {
        close(opened)
      }
    }
    buffer.reserveCapacity(Self.chunkSize + (Self.chunkSize >> 2))
  }

  /// Creates `path` (which must not exist), whose bytes may be copied in ranges from the old
  /// site's regular file `sourcePath` when it is `sourceSize` bytes long (see
  /// ``copiesFromOld``).
  convenience init(creating path: String, copyingFrom sourcePath: String, sourceSize: Int)
    throws(FileSystemCalls.Failure)
  {
    try self.init(creating: path, comparingWith: nil)
    let opened = open(sourcePath, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
    var status = stat()
    if opened >= 0, fstat(opened, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
      Int(status.st_size) == sourceSize
    {
      source = opened
    } else if opened >= 0 {
      close(opened)
    }
  }

  deinit {
    if descriptor >= 0 { close(descriptor) }
    if old >= 0 { close(old) }
    if source >= 0 { close(source) }
  }

  /// Whether byte ranges of the old site's file may be copied (see ``copyFromOld(_:)``).
  public var copiesFromOld: Bool { source >= 0 }

  /// Appends the bytes `range` of the old site's file, copied inside the kernel where the
  /// file system can: they are never in this process's memory.
  public func copyFromOld(_ range: Range<Int>) throws {
    precondition(source >= 0, "no old file to copy from")
    guard !range.isEmpty else { return }
    try flush()
    do {
      try FolderCalls.copy(range, of: source, to: descriptor)
    } catch {
      throw FileSystemCalls.Failure(code: error.code)
    }
    count += range.count
  }

  /// Appends `bytes`; writes the gathered bytes when they reach ``chunkSize``.
  /// Bytes at hand in one piece of a quarter chunk or more are written from where they are,
  /// not gathered.
  public func append(_ bytes: some Collection<UInt8>) throws {
    if bytes.count >= Self.chunkSize >> 2,
      let written = try bytes.withContiguousStorageIfAvailable({ bytes in
        try flush()
        try writeOut(UnsafeRawBufferPointer(bytes))
      })
    {
      return written
    }
    buffer.append(contentsOf: bytes)
    if buffer.count >= Self.chunkSize { try flush() }
  }

  /// Appends the UTF-8 bytes of `text`.
  public func append(_ text: String) throws {
    var text = text
    try text.withUTF8 { try append($0) }
  }

  /// Writes the gathered bytes.
  func flush() throws(FileSystemCalls.Failure) {
    guard !buffer.isEmpty else { return }
    let failure = buffer.withUnsafeBytes { bytes -> FileSystemCalls.Failure? in
      do throws(FileSystemCalls.Failure) { try writeOut(bytes) } catch { return error }
      return nil
    }
    if let failure { throw failure }
    buffer.removeAll(keepingCapacity: true)
  }

  /// Writes `bytes` to the file, comparing them with the old file's next bytes.
  private func writeOut(_ bytes: UnsafeRawBufferPointer) throws(FileSystemCalls.Failure) {
    let failed = { () -> Int32? in
      var offset = 0
      while offset < bytes.count {
        let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          return errno
        }
        offset += written
      }
      if old >= 0, !Self.next(of: old, equals: bytes) {
        close(old)
        old = -1
      }
      return nil
    }()
    if let failed { throw FileSystemCalls.Failure(code: failed) }
    count += bytes.count
  }

  /// Writes what is left and closes the file; returns whether it equals the old site's file.
  func finish() throws(FileSystemCalls.Failure) -> Bool {
    try flush()
    let closed = close(descriptor)
    descriptor = -1
    guard closed == 0 else { throw FileSystemCalls.Failure(code: errno) }
    guard old >= 0 else { return false }
    // Equal so far: equal when the old file ends here.
    var byte: UInt8 = 0
    return read(old, &byte, 1) == 0
  }

  /// Whether the next `bytes.count` bytes of `file` are `bytes`.
  private static func next(of file: Int32, equals bytes: UnsafeRawBufferPointer) -> Bool {
    let chunk = UnsafeMutableRawPointer.allocate(byteCount: max(1, bytes.count), alignment: 16)
    defer { chunk.deallocate() }
    var offset = 0
    while offset < bytes.count {
      let got = read(file, chunk, bytes.count - offset)
      if got < 0, errno == EINTR { continue }
      guard got > 0, memcmp(chunk, bytes.baseAddress! + offset, got) == 0 else { return false }
      offset += got
    }
    return true
  }
}
