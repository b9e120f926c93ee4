import Foundation

extension OutputDirectory {
  /// Adds the old site's file `relative`, of `size` bytes, to the new site as it is, without
  /// reading it: a file of a unit of work whose inputs did not change (see ``BuildRecord``).
  /// It is hard-linked into the new site at ``commit()``, like a file found unchanged.
  public func keep(_ relative: String, size: Int) {
    lock.withLock {
      unchanged.append(relative)
      fileHashes.append(Self.fileHash(relative, size: size))
      fileSizes.append((relative, size))
    }
  }

  /// How many files the new site has so far, but the marker.
  public var fileCount: Int { lock.withLock { fileSizes.count } }

  /// The size of every file of the new site so far but the marker, by path.
  public func writtenSizes() -> [String: Int] {
    lock.withLock {
      var sizes = [String: Int](minimumCapacity: fileSizes.count)
      for file in fileSizes { sizes[file.path] = file.size }
      return sizes
    }
  }
}
