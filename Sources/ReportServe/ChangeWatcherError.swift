/// Why the watcher could not start.
public struct ChangeWatcherError: Error, CustomStringConvertible {
  public var reason: String
  public var description: String { "cannot watch for changes: " + reason }
}
