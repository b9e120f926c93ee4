import SiteOutput
import Synchronization

/// Whether a build of a ``BuildSession`` may keep a file of the old site without reading it,
/// because the session knows what the file holds: the old site is the one the session's last
/// build put in place (the build took its record from the session, see ``KeptRecord``), and
/// the site's structure (see ``PageInputs``: everything but the narratives, the theme and the
/// tool included) is the one that build had. A part that then finds its file's inputs equal to
/// those the session kept from that build (e.g. a bigram file of the search index, see
/// ``SearchIndexParts``) keeps the file, of the size the record lists (``size(_:)``, see
/// ``RenderJob/keptSize``), instead of rendering it and comparing it with the old file byte
/// for byte.
final class KeptFiles: Sendable {
  private struct State {
    /// The structure of the last build that put its site in place.
    var structure: UInt64?
    /// This build's structure, until it ends.
    var building: UInt64?
    /// Whether this build may keep files unread.
    var trusted = false
    var record: BuildRecord?
    /// The record's file sizes by path, by folder, made when first needed.
    var sizes: [String: [String: Int]] = [:]
  }
  private let state = Mutex(State())

  /// Begins a build of a site with structure `structure`; `record` is the record
  /// of the old site when the build took it from the session, nil otherwise.
  func begin(record: BuildRecord?, structure: UInt64) {
    state.withLock { state in
      let trusted = record != nil && state.structure == structure
      state.building = structure
      state.trusted = trusted
      state.record = trusted ? record : nil
      state.sizes = [:]
    }
  }

  /// Whether this build may keep old files it knows (see the type's description).
  var isTrusted: Bool { state.withLock { $0.trusted } }

  /// The size of the old site's file `path`, when this build may keep it unread and the old
  /// site's record lists it; nil otherwise.
  func size(_ path: String) -> Int? {
    let folder = path.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(path[...$0]) } ?? ""
    return state.withLock { state -> Int? in
      guard state.trusted, let record = state.record else { return nil }
      if state.sizes[folder] == nil {
        var sizes: [String: Int] = [:]
        for unit in record.units {
          for file in unit.files where file.path.utf8.starts(with: folder.utf8) {
            sizes[file.path] = file.size
          }
        }
        state.sizes[folder] = sizes
      }
      return state.sizes[folder]?[path]
    }
  }

  /// Ends a build that put its site in place.
  func finish() {
    state.withLock { state in
      state.structure = state.building
      state.building = nil
      state.trusted = false
      state.record = nil
      state.sizes = [:]
    }
  }

  /// Ends a failed build: the old site stays, with the structure it had.
  func abandon() {
    state.withLock { state in
      state.building = nil
      state.trusted = false
      state.record = nil
      state.sizes = [:]
    }
  }
}
