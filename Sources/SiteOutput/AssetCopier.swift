import Foundation

/// Copies `Templates/assets/` into the site, byte for byte, in a fixed order.
public enum AssetCopier {
  /// The files under `folder` as paths relative to it, sorted; hidden files are skipped.
  public static func files(in folder: URL) throws -> [String] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory),
      isDirectory.boolValue
    else { return [] }
    guard
      let enumerator = FileManager.default.enumerator(
        at: folder, includingPropertiesForKeys: [.isRegularFileKey],
        options: [.skipsHiddenFiles])
    else { return [] }
    let base = folder.standardizedFileURL.resolvingSymlinksInPath().path + "/"
    var paths: [String] = []
    for case let file as URL in enumerator {
      let values = try file.resourceValues(forKeys: [.isRegularFileKey])
      guard values.isRegularFile == true else { continue }
      let full = file.standardizedFileURL.resolvingSymlinksInPath().path
      guard full.hasPrefix(base) else { continue }
      paths.append(String(full.dropFirst(base.count)))
    }
    return paths.sorted()
  }
}
