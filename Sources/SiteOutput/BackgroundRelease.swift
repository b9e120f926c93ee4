import Dispatch

/// Frees large values on another thread: tearing down the model and the pages of a big site
/// takes a tenth of a second or more, which the build need not wait for. The process may end
/// first; then nothing needs freeing.
public enum BackgroundRelease {
  private final class Box: @unchecked Sendable {
    var values: [Any]
    init(_ values: [Any]) { self.values = values }
  }

  /// Drops references to `values` on a background thread: pass the caller's last references
  /// (`release(consume model)`) and the values are freed there.
  public static func release(_ values: Any...) {
    let box = Box(values)
    DispatchQueue.global(qos: .utility).async { box.values.removeAll() }
  }
}
