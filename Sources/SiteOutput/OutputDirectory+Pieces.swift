#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

extension OutputDirectory {
  /// Adds the file `relative` to the new site, its bytes given in pieces by `fill` (see
  /// ``OutputFileWriter``): a large file is never whole in memory. The file is written to the
  /// staging folder as it comes; when its bytes turn out to equal the old site's file, it is
  /// removed again and the old file is linked at ``commit()``, as ``write(bytes:to:)`` does.
  public func write(to relative: String, inPieces fill: (OutputFileWriter) throws -> Void)
    throws
  {
    try makeStagingFolder(containing: relative)
    let staged = stagingPath + "/" + relative
    let writer: OutputFileWriter
    let same: Bool
    do {
      writer = try OutputFileWriter(
        creating: staged, comparingWith: hasOldSite ? path + "/" + relative : nil)
      try fill(writer)
      same = try writer.finish()
    } catch {
      throw failure("write", relative, error)
    }
    if same, unlink(staged) != 0 {
      throw failure("remove", relative, FileSystemCalls.Failure(code: errno))
    }
    let hash = Self.fileHash(relative, size: writer.count)
    lock.withLock {
      if same { unchanged.append(relative) } else { changed.append(relative) }
      fileHashes.append(hash)
    }
  }
}
