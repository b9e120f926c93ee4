import Dispatch
import Foundation

/// On Ctrl-C (SIGINT) or SIGTERM: removes serve's private folder, then exits.
struct StopSignals {
  let folder: URL
  private let sources: [any DispatchSourceSignal]

  init(removing folder: URL) {
    self.folder = folder
    sources = [SIGINT, SIGTERM].map { number in
      signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
      source.setEventHandler {
        Self.remove(folder)
        exit(0)
      }
      source.resume()
      return source
    }
  }

  func cleanUp() {
    Self.remove(folder)
  }

  /// Removes `folder`, again while it is found again: a build under way when the signal came
  /// may still be writing its files into it (a removal then fails on a folder filled
  /// meanwhile), until it fails on a folder gone.
  static func remove(_ folder: URL) {
    var goneTwice = 0
    for _ in 0..<100 where goneTwice < 2 {
      _ = try? FileManager.default.removeItem(at: folder)
      goneTwice = FileManager.default.fileExists(atPath: folder.path) ? 0 : goneTwice + 1
      usleep(10_000)
    }
  }
}
