import Foundation

extension OutputDirectory {
  /// Adds the old site's file `relative`, of `size` bytes, to the new site as it is, without
  /// reading it: a file of a unit of work whose inputs did not change (see ``BuildRecord``).
  /// It is hard-linked into the new site at ``commit()``, like a file found unchanged.
  public func keep(_ relative: String, size: Int) {
    lock.withLock { kept.append((relative, size)) }
  }

  /// Adds the old site's `files` to the new site as they are (see ``keep(_:size:)``).
  public func keep(_ files: [(path: String, size: Int)]) {
    lock.withLock { kept += files }
  }

  /// How many files the new site has so far, but the marker.
  public var fileCount: Int { lock.withLock { fileSizes.count + kept.count } }

  /// The size of every file written to the new site so far (compared with the old site's or
  /// new) but the marker, by path; the files kept with ``keep(_:size:)`` are not among them.
  public func writtenSizes() -> [String: Int] {
    lock.withLock {
      Dictionary(fileSizes.map { ($0.path, $0.size) }, uniquingKeysWith: { _, last in last })
    }
  }
}
