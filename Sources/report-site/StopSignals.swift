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
        _ = try? FileManager.default.removeItem(at: folder)
        exit(0)
      }
      source.resume()
      return source
    }
  }

  func cleanUp() {
    _ = try? FileManager.default.removeItem(at: folder)
  }
}
