import Foundation
import SiteOutput

/// The record a build of a ``BuildSession`` wrote into its output, kept in memory with the
/// identity of the output folder and of the record's file just after the new site was put in
/// place, so that the next build of the same output need neither read the record nor compare
/// it with the folder's files.
///
/// The identity is the device, inode, size and modification and status-change times (to the
/// nanosecond) of the folder and of the record's file. Every build puts a new
/// folder in place (the whole site is exchanged), with a new record file: a site put there
/// by anything else, or a file added or removed at its top, changes them, and then the record
/// is read and checked as usual. (The folder is `serve`'s own: nothing else writes it.)
struct KeptRecord: Sendable {
  let record: BuildRecord
  private let path: String
  private let stamp: Stamp

  private struct Stamp: Equatable {
    let folder: [Int64]
    let file: [Int64]
  }

  /// The record `record` of the site now in `output`; nil when the output cannot be read.
  init?(_ record: BuildRecord, output: URL) {
    let path = output.standardizedFileURL.path
    guard let stamp = Self.stamp(path) else { return nil }
    self.record = record
    self.path = path
    self.stamp = stamp
  }

  /// Whether `output` is the same folder, with the same record file, as when kept.
  func holds(_ output: URL) -> Bool {
    let path = output.standardizedFileURL.path
    return path == self.path && Self.stamp(path) == stamp
  }

  private static func stamp(_ path: String) -> Stamp? {
    var folder = stat()
    var file = stat()
    guard lstat(path, &folder) == 0, folder.st_mode & S_IFMT == S_IFDIR,
      lstat(path + "/" + BuildRecord.fileName, &file) == 0, file.st_mode & S_IFMT == S_IFREG
    else { return nil }
    return Stamp(folder: times(folder), file: times(file))
  }

  private static func times(_ status: stat) -> [Int64] {
    #if canImport(Darwin)
      let (modified, changed) = (status.st_mtimespec, status.st_ctimespec)
    #else
      let (modified, changed) = (status.st_mtim, status.st_ctim)
    #endif
    return [
      Int64(bitPattern: UInt64(status.st_dev)), Int64(bitPattern: UInt64(status.st_ino)),
      Int64(status.st_size), Int64(modified.tv_sec), Int64(modified.tv_nsec),
      Int64(changed.tv_sec), Int64(changed.tv_nsec),
    ]
  }
}
