import AtomicFolders
import Foundation

extension OutputDirectory {
  /// The names of the folders a build of `url` makes beside it: the staging folder
  /// (`.Output.tmp-<pid>`; after the exchange it holds the old site until that is removed) and,
  /// where the system cannot exchange two folders, the old site moved aside
  /// (`.Output.old-<pid>`). Each holds the marker file from its first moment.
  static func siblingPrefixes(of url: URL) -> [String] {
    let name = url.standardizedFileURL.lastPathComponent
    return [".\(name).tmp-", ".\(name).old-"]
  }

  /// Removes the staging and old folders that killed builds of `url` left beside it, and
  /// returns their paths. A folder is removed only when both its name is one a build gives
  /// (see ``siblingPrefixes(of:)``, then digits) and it holds report-site's marker file (or is
  /// empty); anything else is left alone. Call it holding the output's lock, so that no other
  /// build is writing its own staging folder.
  static func removeLeftovers(beside url: URL) throws(SiteBuildError) -> [String] {
    let output = url.standardizedFileURL
    let parent = output.deletingLastPathComponent()
    let names: [String]
    do {
      let prefixes = siblingPrefixes(of: output)
      names = try FolderRemoval.folders(in: parent.path).filter { name in
        prefixes.contains { FolderRemoval.isNamed(name, prefix: $0) }
      }
    } catch {
      throw .io(step: "list the folder", path: parent.relativePath, reason: error.description)
    }
    var removed: [String] = []
    for name in names {
      let folder = parent.appendingPathComponent(name)
      let marker = FolderCalls.prefix(
        ofFile: folder.path + "/" + markerName, count: markerText.utf8.count)
      if marker == Array(markerText.utf8) {
        do {
          try FolderRemoval.remove(folder.path, markerLast: markerName)
        } catch {
          throw .io(step: "remove", path: folder.relativePath, reason: error.description)
        }
        removed.append(folder.relativePath)
      } else if rmdir(folder.path) == 0 {
        // Empty: killed between making the folder and marking it.
        removed.append(folder.relativePath)
      }
    }
    return removed
  }
}
