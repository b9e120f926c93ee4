import Foundation

extension OutputDirectory {
  /// Adds the old site's file `relative`, of `size` bytes, to the new site as it is, without
  /// reading it: one file of a unit of work that is made again, which its maker knows to be
  /// unchanged (see `KeptFiles`). It is hard-linked into the new site at ``commit()``, like a
  /// file found unchanged, and counts among ``writtenSizes()`` as such a file does, so that
  /// its unit is recorded and its file not taken for a dropped one.
  public func keep(_ relative: String, size: Int) {
    lock.withLock {
      unchanged.append(relative)
      fileHashes.append(Self.fileHash(relative, size: size))
      fileSizes.append((relative, size))
    }
  }

  /// Adds the old site's `files`, those of a whole unit of work whose inputs did not change
  /// (see ``BuildRecord``), to the new site as they are, without reading them; the unit carries
  /// their sizes into the new record, so they are not among ``writtenSizes()``.
  public func keep(_ files: [(path: String, size: Int)]) {
    lock.withLock { kept += files }
  }

  /// The old site's folder, whose files the new site's may be made from (it is never written
  /// to); nil when there is none. Known after ``prepare()``.
  public var oldSitePath: String? { hasOldSite ? path : nil }

  /// How many files the new site has so far, but the marker.
  public var fileCount: Int { lock.withLock { fileSizes.count + kept.count } }

  /// The size of every file written to the new site so far (compared with the old site's or
  /// new, or kept alone with ``keep(_:size:)``) but the marker, by path; the files of whole
  /// units kept with ``keep(_:)`` are not among them.
  public func writtenSizes() -> [String: Int] {
    lock.withLock {
      var sizes = [String: Int](minimumCapacity: fileSizes.count)
      for file in fileSizes { sizes[file.path] = file.size }
      return sizes
    }
  }
}
