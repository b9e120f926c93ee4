import Foundation
import ReportModel

extension OutputDirectory {
  /// The folder at `url`, when it is a site report-site built from inputs with `fingerprint`,
  /// still as it was written: its marker file names the fingerprint and a manifest of every
  /// other file (path and size) and folder, and the folder holds exactly those. A page deleted,
  /// added, or edited to another size by hand makes the answer nil, and the build runs. The
  /// answer holds the warnings that build printed (see ``PrintedWarnings``).
  public static func upToDate(_ url: URL, fingerprint: BuildFingerprint) -> UpToDateOutput? {
    upToDate(url) { stored, _ in stored == fingerprint.description }
  }

  /// The folder at `url`, when it is a site built from inputs with the quick fingerprint
  /// `quick` (see ``BuildFingerprint/quick(content:templates:settings:)``), still as it was
  /// written (see ``upToDate(_:fingerprint:)``).
  public static func upToDate(_ url: URL, quick: BuildFingerprint) -> UpToDateOutput? {
    upToDate(url) { _, stored in stored.map { $0 == quick.description } ?? false }
  }

  /// The folder, when the marker's fingerprints (full, quick) please `accepts`, its warnings
  /// (if it has any) read as written, and the folder holds exactly the files and folders of
  /// the marker's manifest.
  private static func upToDate(
    _ url: URL, accepts: (_ fingerprint: Substring, _ quick: Substring?) -> Bool
  ) -> UpToDateOutput? {
    let path = url.standardizedFileURL.path
    guard FileSystemCalls.kind(of: path) == .folder,
      let marker = try? String(contentsOfFile: path + "/" + markerName, encoding: .utf8),
      marker.hasPrefix(markerText)
    else { return nil }
    let lines = marker.dropFirst(markerText.count).split(separator: "\n")
    guard let first = lines.first, first.hasPrefix(fingerprintPrefix) else { return nil }
    let parts = first.dropFirst(fingerprintPrefix.count).split(separator: " ")
    let quick = lines.dropFirst().first.flatMap {
      $0.hasPrefix(quickPrefix) ? $0.dropFirst(quickPrefix.count) : nil
    }
    guard parts.count == 2, accepts(parts[0], quick) else { return nil }
    // Warnings named but not kept beside the output as written: not up to date.
    let warnings = PrintedWarnings.stored(marker: marker, output: url)
    guard warnings != .lost, let tree = fileHashes(under: path, skipping: [markerName])
    else { return nil }
    let manifest = StableHasher.unordered(tree.files + tree.folders.map(folderHash))
    guard parts[1] == manifestHex(manifest) else { return nil }
    guard case .printed(let printed) = warnings else { return UpToDateOutput(warnings: nil) }
    return UpToDateOutput(warnings: printed)
  }

  /// The tree under `path` as a manifest reads it: the hash of each file's path and size (see
  /// ``fileHash(_:size:)``), but the files named in `skipping`, read on every core, and the
  /// folders' paths. Nil when the tree cannot be listed, a size cannot be read, or it holds
  /// anything but files and folders: such a folder is never taken for a site a build wrote.
  static func fileHashes(under path: String, skipping: Set<String>)
    -> (files: [UInt64], folders: [String])?
  {
    guard
      let tree = try? FileSystemCalls.tree(
        of: path, skippingHidden: false, followingLinks: false),
      tree.others == 0
    else { return nil }
    let hashes = parallelMap(Array(tree.files.indices), chunkSize: 256) { index -> UInt64? in
      let file = tree.files[index].path
      if skipping.contains(file) { return 0 }
      return tree.size(index).map { fileHash(file, size: $0) }
    }
    guard !hashes.contains(nil) else { return nil }
    return (hashes.compactMap { $0 }.filter { $0 != 0 }, tree.folders)
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

  private static let quickPrefix = "quick: "

  /// The line of the quick fingerprint (see ``BuildFingerprint/quick(content:templates:settings:)``).
  static func quickLine(_ quick: BuildFingerprint) -> String {
    quickPrefix + quick.description + "\n"
  }

  private static func line(_ fingerprint: BuildFingerprint, manifest: UInt64) -> String {
    fingerprintPrefix + fingerprint.description + " " + manifestHex(manifest) + "\n"
  }

  private static func manifestHex(_ manifest: UInt64) -> String {
    var hasher = StableHasher()
    hasher.combine(manifest)
    return hasher.hex
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
