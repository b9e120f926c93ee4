#if canImport(Glibc)
  import Glibc
  import Dispatch
  import Foundation
  import ReportContent
  import Synchronization

  /// Watches folders with inotify, each folder under them too (new ones as they appear), and
  /// calls ``onChange`` for every change of a file that is not hidden or an editor's backup.
  /// One thread waits in `read(2)` on the inotify descriptor: nothing polls the tree.
  ///
  /// Saves made by rename (write a temporary file, rename it over the old one) arrive as
  /// `IN_MOVED_TO`; a new round folder, made or moved in, is watched at once, with everything
  /// already in it.
  public final class ChangeWatcher: Sendable {
    private let descriptor: Int32
    /// The folders watched, by watch descriptor.
    private let folders = Mutex<[Int32: String]>([:])
    /// Names in the parents of the roots that count as changes (the roots themselves, e.g. a
    /// `Templates/` made after the watch started), by the parent's watch descriptor.
    private let rootNames = Mutex<[Int32: Set<String>]>([:])
    private let roots: [String]
    private let onChange: @Sendable (String, Bool) -> Void
    /// A folder of serve's own, watched by the same descriptor, where ``changes()`` makes its
    /// mark; its watch descriptor.
    private let markFolder: String?
    private let markWatch: Int32
    /// What changed since ``changes()`` was last asked, and the mark it waits for.
    private let journal = Mutex(Journal())
    /// Files moved into place (a save by rename) and neither written nor changed since: their
    /// close, when the program that saved them closes them after the rename, changes nothing.
    private let movedIn = Mutex<Set<String>>([])
    private let markSeen = DispatchSemaphore(value: 0)

    private struct Journal {
      var names: Set<String> = []
      /// Nothing is known before the first question: every file may have changed.
      var everything = true
      /// Whether a folder could not be watched: then every answer is "everything".
      var unwatched = false
      var mark: String?
      var delivered: (mark: String, changes: ContentChanges)?
      var marks = 0
    }

    private static let mask: UInt32 =
      UInt32(IN_CREATE) | UInt32(IN_DELETE) | UInt32(IN_CLOSE_WRITE) | UInt32(IN_MOVED_FROM)
      | UInt32(IN_MOVED_TO) | UInt32(IN_DELETE_SELF) | UInt32(IN_ATTRIB) | UInt32(IN_MODIFY)

    /// Watches `roots` (folders; one that does not exist yet is watched for from its parent)
    /// and calls `onChange` with the changed path, from the watcher's thread, and whether the
    /// change completes a task file's save (see ``completesASave(mask:name:)``).
    /// `markFolder`, a folder nothing else writes in, lets ``changes()`` tell what changed.
    public init(
      roots: [String], markFolder: String? = nil,
      onChange: @escaping @Sendable (String, Bool) -> Void
    ) throws {
      let descriptor = inotify_init1(Int32(IN_CLOEXEC))
      guard descriptor >= 0 else {
        throw ChangeWatcherError(reason: "inotify_init1: " + String(cString: strerror(errno)))
      }
      self.descriptor = descriptor
      self.roots = roots.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
      self.onChange = onChange
      self.markFolder = markFolder
      markWatch =
        markFolder.map {
          inotify_add_watch(descriptor, $0, UInt32(IN_CREATE) | UInt32(IN_ONLYDIR))
        } ?? -1
      for root in self.roots {
        let parent = (root as NSString).deletingLastPathComponent
        let watch = inotify_add_watch(descriptor, parent, Self.mask)
        if watch >= 0 {
          let name = (root as NSString).lastPathComponent
          rootNames.withLock { _ = $0[watch, default: []].insert(name) }
        }
        addTree(root)
      }
      let thread = Thread { [self] in readLoop() }
      thread.name = "report-site inotify"
      thread.start()
    }

    /// How many folders are watched.
    public var watchedFolderCount: Int { folders.withLock { $0.count } }

    /// Watches `folder` and every folder under it that is not hidden.
    private func addTree(_ folder: String) {
      var pending = [folder]
      while let next = pending.popLast() {
        let watch = inotify_add_watch(descriptor, next, Self.mask | UInt32(IN_ONLYDIR))
        guard watch >= 0 else {
          // A folder that cannot be watched: its changes would go untold.
          if errno != ENOENT { journal.withLock { $0.unwatched = true } }
          continue
        }
        folders.withLock { $0[watch] = next }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: next)) ?? []
        for name in names where !Self.isIgnored(name) {
          var isFolder: ObjCBool = false
          let path = next + "/" + name
          if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder),
            isFolder.boolValue
          {
            pending.append(path)
          }
        }
      }
    }

    /// Hidden files (staging folders, `.swp`), editors' backups (`name~`) and vim's probe file.
    static func isIgnored(_ name: String) -> Bool {
      name.hasPrefix(".") || name.hasSuffix("~") || name == "4913"
    }

    private func readLoop() {
      let size = 64 * 1024
      let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 8)
      defer { buffer.deallocate() }
      while true {
        let count = read(descriptor, buffer, size)
        if count < 0 && errno == EINTR { continue }
        guard count > 0 else { return }
        var offset = 0
        while offset + 16 <= count {
          let watch = buffer.loadUnaligned(fromByteOffset: offset, as: Int32.self)
          let mask = buffer.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
          let length = Int(buffer.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
          let nameBytes = UnsafeRawBufferPointer(start: buffer + offset + 16, count: length)
          let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
          offset += 16 + length
          handle(watch: watch, mask: mask, name: name)
        }
      }
    }

    private func handle(watch: Int32, mask: UInt32, name: String) {
      if mask & UInt32(IN_Q_OVERFLOW) != 0 {
        journal.withLock { $0.everything = true }
        for root in roots { addTree(root) }
        onChange("(many changes)", false)
        return
      }
      if watch == markWatch, watch >= 0 {
        if mask & UInt32(IN_CREATE) != 0 { delivered(mark: name) }
        return
      }
      if mask & UInt32(IN_IGNORED) != 0 {
        folders.withLock { $0[watch] = nil }
        return
      }
      if let names = rootNames.withLock({ $0[watch] }), names.contains(name) {
        // A root made, moved in or removed: watch it again from scratch.
        journal.withLock { $0.everything = true }
        for root in roots where (root as NSString).lastPathComponent == name { addTree(root) }
        onChange(name, false)
        return
      }
      guard let folder = folders.withLock({ $0[watch] }) else { return }
      if name.isEmpty {
        if mask & UInt32(IN_DELETE_SELF) != 0 {
          journal.withLock { $0.everything = true }
          onChange(folder, false)
        }
        return
      }
      guard !Self.isIgnored(name) else { return }
      let path = folder + "/" + name
      if mask & UInt32(IN_ISDIR) == 0, closesUnchanged(path, mask: mask) { return }
      let appeared = UInt32(IN_CREATE) | UInt32(IN_MOVED_TO)
      if mask & UInt32(IN_ISDIR) != 0 && mask & appeared != 0 { addTree(path) }
      journal.withLock { journal in
        if mask & UInt32(IN_ISDIR) != 0 || !name.hasSuffix(".md") {
          journal.everything = true
        } else {
          journal.names.insert(name)
        }
      }
      onChange(path, Self.completesASave(mask: mask, name: name))
    }

    /// Whether the event `mask` of the file `path` is the close of a file moved into place
    /// and not written since (Foundation's atomic write renames its temporary file, then
    /// closes it): its bytes are those the move brought, already told.
    private func closesUnchanged(_ path: String, mask: UInt32) -> Bool {
      movedIn.withLock { moved in
        if mask & UInt32(IN_MOVED_TO) != 0 {
          moved.insert(path)
        } else if mask == UInt32(IN_CLOSE_WRITE) {
          return moved.remove(path) != nil
        } else {
          moved.remove(path)
        }
        return false
      }
    }

    /// Whether an event ends a save of a task file: the file closed after writing, or moved
    /// into place (a save by rename), each of which leaves the file whole. An editor's other
    /// events of the same save come before it.
    static func completesASave(mask: UInt32, name: String) -> Bool {
      mask & UInt32(IN_ISDIR) == 0 && name.hasSuffix(".md")
        && mask & (UInt32(IN_CLOSE_WRITE) | UInt32(IN_MOVED_TO)) != 0
    }

    /// What changed in the watched folders since the last call (everything at the first):
    /// the watcher makes a mark, a file created in its mark folder, and waits until its own
    /// thread reads the mark's event; events come in the order of the changes, so that every
    /// change made before the mark has been seen then. Everything when there is no mark
    /// folder, the mark cannot be made, its event does not come within `timeout`, or a folder
    /// could not be watched.
    public func changes(timeout: Double = 1) -> ContentChanges {
      guard let markFolder, markWatch >= 0 else { return .everything }
      let mark = journal.withLock { journal -> String in
        journal.marks += 1
        journal.mark = ".mark-\(journal.marks)"
        journal.delivered = nil
        return journal.mark!
      }
      let path = markFolder + "/" + mark
      let made = open(path, O_CREAT | O_WRONLY | O_CLOEXEC, 0o600)
      guard made >= 0 else {
        journal.withLock { $0.mark = nil }
        return .everything
      }
      close(made)
      unlink(path)
      let deadline = DispatchTime.now() + timeout
      while markSeen.wait(timeout: deadline) == .success {
        let found = journal.withLock { journal -> ContentChanges? in
          guard let delivered = journal.delivered, delivered.mark == mark else { return nil }
          journal.delivered = nil
          return delivered.changes
        }
        if let found { return found }
      }
      journal.withLock { $0.mark = nil }
      return .everything
    }

    /// The mark `name` was read: what changed before it is delivered to ``changes(timeout:)``.
    private func delivered(mark name: String) {
      let found = journal.withLock { journal -> Bool in
        guard journal.mark == name else { return false }
        let everything = journal.everything || journal.unwatched
        journal.delivered = (name, everything ? .everything : .names(journal.names))
        journal.names = []
        journal.everything = false
        journal.mark = nil
        return true
      }
      if found { markSeen.signal() }
    }
  }
#endif
