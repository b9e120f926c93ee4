import Foundation

/// The bytes of the content files a fingerprint read, kept for the content reader. The table by
/// path is made only when asked for, so that an up-to-date build does not pay for it.
public struct ContentBytes: Sendable {
  let root: String
  var tree: FileSystemCalls.Tree?
  var files: [[UInt8]?] = []

  init(root: String) {
    self.root = root
  }

  /// The bytes of every readable content file by path, `root/relative/path`.
  public func byPath() -> [String: [UInt8]] {
    guard let tree else { return [:] }
    var table: [String: [UInt8]] = [:]
    table.reserveCapacity(files.count)
    for (index, bytes) in files.enumerated() {
      if let bytes { table[root + "/" + tree.files[index].path] = bytes }
    }
    return table
  }
}
