import Foundation
import Synchronization
import Testing

@testable import ReportServe

#if canImport(Glibc)
  import Glibc

  /// `serve`'s watcher tells each save once: a file renamed into place and closed after the
  /// rename (as Foundation's atomic write does) is one change, not two.
  @Suite struct ChangeWatcherTests {
    /// Runs `save` in a watched folder holding `3.md`; returns the changes told (each with
    /// whether it completes a save), all of them: ``ChangeWatcher/changes(timeout:)`` returns
    /// once every event before its mark is read.
    func changes(of save: (String) throws -> Void) throws -> [String] {
      let root = FileManager.default.temporaryDirectory.appendingPathComponent(
        "watch-\(UUID().uuidString)")
      let content = root.appendingPathComponent("Content").path
      let marks = root.appendingPathComponent("marks").path
      try FileManager.default.createDirectory(atPath: content, withIntermediateDirectories: true)
      try FileManager.default.createDirectory(atPath: marks, withIntermediateDirectories: true)
      defer { try? FileManager.default.removeItem(at: root) }
      try Data("old\n".utf8).write(to: URL(fileURLWithPath: content + "/3.md"))
      let told = Mutex<[String]>([])
      let watcher = try ChangeWatcher(roots: [content], markFolder: marks) { path, completes in
        told.withLock { $0.append((path as NSString).lastPathComponent + (completes ? "!" : "")) }
      }
      _ = watcher.changes(timeout: 60)
      told.withLock { $0 = [] }
      try save(content)
      _ = watcher.changes(timeout: 60)
      return told.withLock { $0 }
    }

    /// Writes `text` to a new file `path` and returns it open.
    func create(_ path: String, _ text: String) throws -> Int32 {
      let file = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
      try #require(file >= 0)
      #expect(write(file, text, text.utf8.count) == text.utf8.count)
      return file
    }

    @Test func aFileRenamedIntoPlaceThenClosedIsOneChange() throws {
      let told = try changes { folder in
        let file = try create(folder + "/.dat.nosync1", "new\n")
        #expect(rename(folder + "/.dat.nosync1", folder + "/3.md") == 0)
        close(file)
      }
      #expect(told == ["3.md!"])
    }

    @Test func aFileWrittenAfterTheRenameIsChangedAgain() throws {
      let told = try changes { folder in
        let file = try create(folder + "/.dat.nosync1", "new\n")
        #expect(rename(folder + "/.dat.nosync1", folder + "/3.md") == 0)
        #expect(write(file, "more\n", 5) == 5)
        close(file)
      }
      #expect(told == ["3.md!", "3.md", "3.md!"])
    }

    @Test func aFileWrittenInPlaceEndsItsSaveWhenClosed() throws {
      let told = try changes { folder in close(try create(folder + "/3.md", "new\n")) }
      #expect(told.last == "3.md!")
      #expect(told.dropLast().allSatisfy { $0 == "3.md" })
    }
  }
#endif
