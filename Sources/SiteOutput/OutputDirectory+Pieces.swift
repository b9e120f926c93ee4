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
  /// staging folder under a temporary name as it comes; when its bytes turn out to equal the
  /// old site's file, that is removed again and the old file is kept (linked at ``commit()``,
  /// or already in a caught-up back tree), as ``write(bytes:to:)`` does; else it is renamed
  /// into place. A file of the staging folder is never opened for writing under its own name:
  /// in a back tree it may be a hard link of the live site's file. With `comparing` false, the
  /// caller knows the bytes differ from the old file's: it is not read, and the file is new.
  ///
  /// With `oldSize`, the caller knows the bytes differ from the old file's, which it expects
  /// to be `oldSize` bytes long: the writer may copy byte ranges of it (see
  /// ``OutputFileWriter/copiesFromOld``; not when the old site has no such file of that size).
  public func write(
    to relative: String, comparing: Bool = true, copyingFromOld oldSize: Int? = nil,
    inPieces fill: (OutputFileWriter) throws -> Void
  ) throws {
    try makeStagingFolder(containing: relative)
    let staged = stagingPath + "/" + relative
    let temporary = staged + ".pieces-tmp"
    let writer: OutputFileWriter
    let same: Bool
    do {
      if let oldSize, hasOldSite {
        writer = try OutputFileWriter(
          creating: temporary, copyingFrom: path + "/" + relative, sourceSize: oldSize)
      } else {
        writer = try OutputFileWriter(
          creating: temporary,
          comparingWith: hasOldSite && comparing ? path + "/" + relative : nil)
      }
      try fill(writer)
      same = try writer.finish()
    } catch {
      _ = unlink(temporary)
      throw failure("write", relative, error)
    }
    if same {
      guard unlink(temporary) == 0 else {
        throw failure("remove", relative, FileSystemCalls.Failure(code: errno))
      }
    } else {
      // Renamed to a free name: ext4 starts writing a file renamed over another back to the
      // disk at once (`auto_da_alloc`), the whole open data file at every save of `serve`.
      // (A back tree's file is a link of the live site's: its bytes stay.)
      do {
        try unlinkStaged(relative)
      } catch {
        _ = unlink(temporary)
        throw failure("write", relative, error)
      }
      guard rename(temporary, staged) == 0 else {
        let failure = failure("write", relative, FileSystemCalls.Failure(code: errno))
        _ = unlink(temporary)
        throw failure
      }
    }
    let hash = Self.fileHash(relative, size: writer.count)
    lock.withLock {
      if same { unchanged.append(relative) } else { changed.append(relative) }
      fileHashes.append(hash)
      fileSizes.append((relative, writer.count))
    }
  }
}
