import Foundation
import ReportModel

extension OutputDirectory {
  /// Whether the folder at `url` is a site report-site built from inputs with `fingerprint`,
  /// still as it was written: its marker file names the fingerprint and a manifest of every
  /// other file (path and size) and folder, and the folder holds exactly those. A page deleted,
  /// added, or edited to another size by hand makes the answer false, and the build runs.
  static func isUpToDate(_ url: URL, fingerprint: BuildFingerprint) -> Bool {
    let path = url.standardizedFileURL.path
    guard FileSystemCalls.kind(of: path) == .folder,
      let marker = try? String(contentsOfFile: path + "/" + markerName, encoding: .utf8),
      marker.hasPrefix(markerText)
    else { return false }
    let stored = marker.dropFirst(markerText.count)
    guard stored.hasPrefix(fingerprintPrefix + fingerprint.description + " "),
      let tree = try? FileSystemCalls.tree(
        of: path, skippingHidden: false, followingLinks: false),
      tree.others == 0
    else { return false }
    let hashes = parallelMap(Array(tree.files.indices), chunkSize: 256) { index -> UInt64? in
      let file = tree.files[index].path
      if file == markerName { return 0 }
      return tree.size(index).map { fileHash(file, size: $0) }
    }
    guard !hashes.contains(nil) else { return false }
    let files = hashes.lazy.compactMap { $0 }.filter { $0 != 0 }
    let manifest = StableHasher.unordered(files.concatenated(with: tree.folders.map(folderHash)))
    return stored == line(fingerprint, manifest: manifest)
  }

  private static let fingerprintPrefix = "fingerprint: "

  /// `fingerprint: <inputs> <manifest>\n`, the manifest hashing every file's path and size
  /// (`fileHashes`, see ``fileHash(_:size:)``) and every folder's path (the folders of `paths`),
  /// in any order.
  static func fingerprintLine(
    _ fingerprint: BuildFingerprint, fileHashes: [UInt64], paths: some Sequence<String>
  ) -> String {
    var folders: Set<Substring> = []
    for file in paths {
      var folder = Substring(file)
      while let slash = folder.utf8.lastIndex(of: UInt8(ascii: "/")) {
        folder = folder[..<slash]
        if !folders.insert(folder).inserted { break }
      }
    }
    return line(
      fingerprint,
      manifest: StableHasher.unordered(fileHashes + folders.map { folderHash(String($0)) }))
  }

  private static func line(_ fingerprint: BuildFingerprint, manifest: UInt64) -> String {
    var hasher = StableHasher()
    hasher.combine(manifest)
    return fingerprintPrefix + fingerprint.description + " " + hasher.hex + "\n"
  }

  /// A file's path and size, hashed for the manifest.
  static func fileHash(_ path: String, size: Int) -> UInt64 {
    var hasher = StableHasher()
    hasher.combine(path)
    hasher.combine(size)
    return hasher.value
  }

  private static func folderHash(_ path: String) -> UInt64 {
    var hasher = StableHasher()
    hasher.combine(path)
    hasher.combine(-2)
    return hasher.value
  }
}

extension Sequence {
  /// This sequence's elements, then `other`'s.
  fileprivate func concatenated<Other: Sequence>(with other: Other) -> [Element]
  where Other.Element == Element {
    Array(self) + Array(other)
  }
}
