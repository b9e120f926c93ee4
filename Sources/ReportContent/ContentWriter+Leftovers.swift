import AtomicFolders
import Foundation
import ReportModel

extension ContentWriter {
  /// Tidies what imports killed midway left in `rounds/`, and returns the rounds it kept:
  /// - a staging folder `.<id>.incoming-<pid>` that holds its marker file (naming the folder
  ///   itself) is removed, marker last; an empty one too (killed before it was marked);
  /// - a folder of that name without its marker is a round that an import exchanged out of
  ///   place and was killed before moving it to `.<id>.replaced-N`: it is moved there now, as
  ///   the README promises for a replaced round;
  /// - a marker left inside a round that was put in place is removed.
  /// Nothing else is touched. Call it holding the content lock for writing.
  func removeLeftovers() throws(ContentError) -> [String] {
    let folders: [String]
    do {
      folders = try FolderRemoval.folders(in: layout.roundsFolder)
    } catch {
      throw ContentError(path: layout.roundsFolder, reason: "cannot list the folder: \(error)")
    }
    var recovered: [String] = []
    for name in folders {
      let path = layout.roundsFolder + "/" + name
      guard let id = Self.stagedRound(name) else {
        if !name.hasPrefix(".") { unlink(path + "/" + Self.markerName) }
        continue
      }
      let marker = FolderCalls.prefix(ofFile: path + "/" + Self.markerName, count: 4096)
      if marker == Array((name + "\n").utf8) {
        try step("remove", path) { try FolderRemoval.remove(path, markerLast: Self.markerName) }
      } else if rmdir(path) != 0 {
        let keptAt = keptName(for: id)
        try step("keep the round an interrupted import replaced", keptAt) {
          try FolderCalls.rename(path, to: keptAt)
        }
        recovered.append(keptAt)
      }
    }
    return recovered
  }

  /// The round id of a staging folder's name `.<id>.incoming-<pid>`; nil for any other name.
  static func stagedRound(_ name: String) -> RoundID? {
    guard name.hasPrefix("."), let range = name.range(of: ".incoming-", options: .backwards),
      FolderRemoval.isNamed(String(name[range.lowerBound...]), prefix: ".incoming-")
    else { return nil }
    return RoundID(String(name[name.index(after: name.startIndex)..<range.lowerBound]))
  }
}
