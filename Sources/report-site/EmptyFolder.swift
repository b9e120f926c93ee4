import ArgumentParser
import Foundation

/// The rule of `init` and `theme --copy`: write only into an empty or new folder.
enum EmptyFolder {
  static func require(_ path: String, for command: String) throws {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return }
    guard isFolder.boolValue else {
      throw ValidationError("\(path) is a file; \(command) needs an empty or new folder")
    }
    let entries = try FileManager.default.contentsOfDirectory(atPath: path)
      .filter { $0 != ".git" }.sorted()
    if !entries.isEmpty {
      let shown = entries.prefix(5).joined(separator: ", ") + (entries.count > 5 ? ", …" : "")
      throw ValidationError(
        "\(path) is not empty (\(shown)); \(command) writes only into an empty or new folder")
    }
  }
}
