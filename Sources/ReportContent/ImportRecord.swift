import Foundation

/// What `import` wrote into a round folder, kept beside it as the hidden file `.imported`: a
/// hash of each file, so that a later `import --force` can tell the files edited by hand
/// from those it wrote (and would only write again).
struct ImportRecord: Equatable {
  static let fileName = ".imported"

  /// The hash of each file import wrote, by name (`round.yml`, `17.md`).
  var hashes: [String: UInt64] = [:]

  mutating func add(_ name: String, text: String) { hashes[name] = Self.hash(Array(text.utf8)) }

  /// FNV-1a over the bytes: stable across runs and machines.
  static func hash(_ bytes: [UInt8]) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    return hash
  }

  var text: String {
    var out = "# report-site import: a hash of each file as import wrote it, to find hand edits.\n"
    for name in hashes.keys.sorted() {
      out += String(hashes[name]!, radix: 16) + " " + name + "\n"
    }
    return out
  }

  /// The record in `folder`, or nil when there is none (a round imported by an older
  /// report-site, or made by hand).
  static func read(in folder: String) -> ImportRecord? {
    guard let data = FileManager.default.contents(atPath: folder + "/" + fileName) else {
      return nil
    }
    var record = ImportRecord()
    for line in String(decoding: data, as: UTF8.self).split(separator: "\n")
    where !line.hasPrefix("#") {
      let parts = line.split(separator: " ", maxSplits: 1)
      guard parts.count == 2, let hash = UInt64(parts[0], radix: 16) else { return nil }
      record.hashes[String(parts[1])] = hash
    }
    return record
  }

  /// The files of `folder` that differ from what import wrote (edited, added or deleted by
  /// hand) and that the new import, writing `incoming`, would replace with other bytes.
  func handEdits(in folder: String, incoming: [String: String]) throws -> [String] {
    let present = try FileManager.default.contentsOfDirectory(atPath: folder)
      .filter { !$0.hasPrefix(".") }
    var edited: [String] = []
    for name in Set(present).union(hashes.keys) {
      let bytes = FileManager.default.contents(atPath: folder + "/" + name).map { Array($0) }
      let current = bytes.map(Self.hash)
      guard current != hashes[name] else { continue }
      if let bytes, let next = incoming[name], Array(next.utf8) == bytes { continue }
      edited.append(name)
    }
    return edited.sorted { Self.order($0) < Self.order($1) }
  }

  /// Task files by number, then the others by name.
  private static func order(_ name: String) -> (Int, String) {
    (name.hasSuffix(".md") ? Int(name.dropLast(3)) ?? Int.max : Int.max, name)
  }
}
