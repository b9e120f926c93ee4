import Foundation
import ReportModel
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Task files as a reader parsed them, kept from one read of `Content/` to the next in the
/// same process (`serve`), so that a read after an edit parses only the files that changed
/// (see ``ContentReader/init(layout:preloaded:cache:)``).
///
/// An entry is used only when the file's identity — device, inode, size, modification and
/// status-change times to the nanosecond — is the one it had when it was read, and only when
/// the file had been left alone for ``settleTime`` before it was read: a file written again
/// within one tick of the file system's clock could otherwise keep all of its identity (the
/// status-change time, which no program can set, included). Anything else is read again:
/// when in doubt, the file is read. A reused entry gives the task and the diagnostics of the
/// read that made it; files that are gone drop out at the end of each read (``finishRead()``).
///
/// With a watcher (`serve`'s inotify, see ``watched(_:)``), an entry is used without even a
/// `stat` when a read that began after the watcher told its changes checked it, and no change
/// the watcher told since names a file of its name. The watcher tells every change it saw up
/// to the moment it is asked (its queue is drained up to a mark made then); a change of
/// anything but a task file's name, or a lost event, makes every entry checked again, and so
/// does a file with more than one hard link (a change through another of its names is not
/// seen). A read without a watcher's word checks every entry.
public final class ContentCache: Sendable {
  /// What identifies a file's bytes without reading them.
  struct Identity: Equatable {
    var device: UInt64
    var inode: UInt64
    var size: Int64
    var modified: timespec
    var changed: timespec
    /// The count of hard links (not compared).
    var links: UInt64

    init(_ status: stat) {
      links = UInt64(status.st_nlink)
      device = UInt64(status.st_dev)
      inode = UInt64(status.st_ino)
      size = Int64(status.st_size)
      #if canImport(Darwin)
        modified = status.st_mtimespec
        changed = status.st_ctimespec
      #else
        modified = status.st_mtim
        changed = status.st_ctim
      #endif
    }

    static func == (first: Identity, second: Identity) -> Bool {
      first.device == second.device && first.inode == second.inode && first.size == second.size
        && first.modified.tv_sec == second.modified.tv_sec
        && first.modified.tv_nsec == second.modified.tv_nsec
        && first.changed.tv_sec == second.changed.tv_sec
        && first.changed.tv_nsec == second.changed.tv_nsec
    }

    /// The later of the two times, in seconds.
    var latest: Double {
      max(
        Double(modified.tv_sec) + Double(modified.tv_nsec) / 1e9,
        Double(changed.tv_sec) + Double(changed.tv_nsec) / 1e9)
    }
  }

  struct Entry {
    let identity: Identity
    let task: KeyTask
    let diagnostics: [Diagnostic]
    /// Whether a watcher vouches that the file has not changed since it was checked (see the
    /// type's comment).
    var vouched: Bool
    /// The last read of the content folder that looked the file up (see ``State/read``).
    var lastRead: Int
  }

  /// How long a file must have been left alone before it was read for its entry to be used:
  /// more than a tick of any file system's clock (FAT's is 2 s).
  public static let settleTime = 3.0

  /// The settle time of this cache (``settleTime`` but in tests: a negative time trusts a
  /// file written just before it was read).
  let settleTime: Double

  private struct State {
    var entries: [String: Entry] = [:]
    /// Counts the reads begun (``startRead()``): an entry looked up by the read under way has
    /// it as its ``Entry/lastRead``.
    var read = 0
    var hits = 0
    var reads = 0
    /// Whether a watcher told its changes before this read, and how many entries it took
    /// without a `stat`.
    var watching = false
    var vouchedHits = 0
    /// The paths of the entries by file name (with paths of entries gone since).
    var pathsByName: [String: [String]] = [:]
    /// Round folders as the last read of each assembled them, by path (see ``KeptFolder``).
    var folders: [String: KeptFolder] = [:]
    /// How many entries the read under way looked up (a file of a kept folder taken
    /// unchecked counts as looked up).
    var lookedUp = 0
  }

  private let state = Mutex(State())

  public init(settleTime: Double = ContentCache.settleTime) {
    self.settleTime = settleTime
  }

  /// How many files the last read took from the cache, and how many it read.
  public var lastCounts: (reused: Int, read: Int) { state.withLock { ($0.hits, $0.reads) } }

  /// How many files the last read took from the cache without a `stat`, on a watcher's word.
  public var lastVouched: Int { state.withLock { $0.vouchedHits } }

  /// Tells the cache, before a read, what a watcher saw change since it last told it (see the
  /// type's comment); the read then checks only the entries these changes may concern.
  public func watched(_ changes: ContentChanges) {
    state.withLock { state in
      state.watching = true
      switch changes {
      case .everything:
        for path in Array(state.entries.keys) { state.entries[path]?.vouched = false }
        state.folders = [:]
      case .names(let names):
        for name in names {
          for path in state.pathsByName[name] ?? [] { state.entries[path]?.vouched = false }
        }
        for folder in Array(state.folders.keys) { state.folders[folder]?.told.formUnion(names) }
      }
    }
  }

  /// Begins a read of the whole content folder.
  public func startRead() {
    state.withLock { state in
      state.read += 1
      state.hits = 0
      state.reads = 0
      state.vouchedHits = 0
      state.lookedUp = 0
    }
  }

  /// Ends a read: the entries of files it did not look up (removed files) are dropped.
  public func finishRead() {
    state.withLock { state in
      state.watching = false
      // Most reads find every file again: the entries are then kept as they are.
      let read = state.read
      state.folders = state.folders.filter { $0.value.lastRead == read }
      guard state.lookedUp < state.entries.count else { return }
      // The entries of a kept folder this read used were looked up with it.
      let folders = state.folders
      state.entries = state.entries.filter { path, entry in
        guard entry.lastRead != read else { return true }
        let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) ?? path.utf8.startIndex
        return folders[String(path[..<slash])] != nil
      }
    }
  }

  /// What the last read kept of the round folder `folder` (see ``KeptFolder``), when this
  /// read has the watcher's word and the folder has the same task files `names`, with the
  /// files it must look up again (``KeptFolder/toCheck``); the others count as looked up,
  /// unchanged.
  func keptFolder(_ folder: String, names: [String]) -> (kept: KeptFolder, check: [Int])? {
    state.withLock { state in
      guard state.watching, let kept = state.folders[folder], kept.names == names else {
        return nil
      }
      let check = kept.toCheck
      let unchecked = names.count - check.count
      state.folders[folder]?.lastRead = state.read
      state.lookedUp += unchecked
      state.hits += unchecked
      state.vouchedHits += unchecked
      return (kept, check)
    }
  }

  /// Keeps `kept`, just assembled by a read that looked up each of its files, for the next
  /// read of folder `folder` at `paths`.
  func keep(_ kept: KeptFolder, of folder: String, paths: [String]) {
    state.withLock { state in
      var kept = kept
      kept.unvouched = paths.indices.filter { state.entries[paths[$0]]?.vouched != true }
      kept.lastRead = state.read
      state.folders[folder] = kept
    }
  }

  /// The task file at `path` and its diagnostics: the cached ones when the file is as it was,
  /// else `read(path)`'s, kept when the file can be trusted to be what was read (see the
  /// type's comment). A file that cannot be read, or holds no task, is never kept.
  func task(
    at path: String, read: (String) -> (task: KeyTask?, diagnostics: [Diagnostic])
  ) -> (task: KeyTask?, diagnostics: [Diagnostic]) {
    let vouched = state.withLock { state -> Entry? in
      guard state.watching, let index = state.entries.index(forKey: path),
        state.entries.values[index].vouched
      else { return nil }
      if state.entries.values[index].lastRead != state.read { state.lookedUp += 1 }
      state.entries.values[index].lastRead = state.read
      state.hits += 1
      state.vouchedHits += 1
      return state.entries.values[index]
    }
    if let vouched { return (vouched.task, vouched.diagnostics) }
    var status = stat()
    let found = stat(path, &status) == 0 ? Identity(status) : nil
    let cached = state.withLock { state -> Entry? in
      guard let index = state.entries.index(forKey: path) else {
        state.reads += 1
        return nil
      }
      // Looked up by this read: kept at its end, unless replaced or removed below.
      if state.entries.values[index].lastRead != state.read { state.lookedUp += 1 }
      state.entries.values[index].lastRead = state.read
      guard let found, state.entries.values[index].identity == found else {
        state.reads += 1
        return nil
      }
      state.hits += 1
      state.entries.values[index].vouched = state.watching && found.links == 1
      return state.entries.values[index]
    }
    if let cached { return (cached.task, cached.diagnostics) }
    let before = Date().timeIntervalSince1970
    let result = read(path)
    // The identity after the read: a file written meanwhile has another one, or one too
    // recent to be trusted.
    var after = stat()
    guard let found, stat(path, &after) == 0, Identity(after) == found, let task = result.task,
      found.latest < before - settleTime
    else {
      state.withLock { state in
        if state.entries.removeValue(forKey: path)?.lastRead == state.read { state.lookedUp -= 1 }
      }
      return result
    }
    let name =
      path.utf8.lastIndex(of: UInt8(ascii: "/"))
      .map { String(path[path.index(after: $0)...]) } ?? path
    state.withLock { state in
      if state.entries[path] == nil, !(state.pathsByName[name]?.contains(path) ?? false) {
        state.pathsByName[name, default: []].append(path)
      }
      if state.entries[path]?.lastRead != state.read { state.lookedUp += 1 }
      state.entries[path] = Entry(
        identity: found, task: task, diagnostics: result.diagnostics,
        vouched: state.watching && found.links == 1, lastRead: state.read)
    }
    return result
  }
}
