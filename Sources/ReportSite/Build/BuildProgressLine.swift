import Foundation

/// A progress line on standard error for builds that take over a second:
/// `rendering 6,000/20,308 files…`, redrawn in place with `\r` when standard error is a terminal;
/// otherwise one plain line at the end. Builds under a second print nothing, so the normal
/// output stays as it was.
public final class BuildProgressLine: @unchecked Sendable {
  private let lock = NSLock()
  private let start = ContinuousClock.now
  private let isTerminal: Bool
  private let write: @Sendable (String) -> Void
  private var latest: (done: Int, total: Int)?
  private var drawn = false

  /// - Parameters:
  ///   - isTerminal: Whether to redraw the line in place; by default, whether standard error
  ///     is a terminal.
  ///   - write: Where the text goes; standard error by default.
  public init(
    isTerminal: Bool = isatty(STDERR_FILENO) != 0,
    write: @escaping @Sendable (String) -> Void = {
      FileHandle.standardError.write(Data($0.utf8))
    }
  ) {
    self.isTerminal = isTerminal
    self.write = write
  }

  /// Records progress; pass it as ``SiteBuilder/build(log:progress:)``'s `progress`.
  public func update(done: Int, total: Int) {
    lock.withLock {
      latest = (done, total)
      guard isTerminal, ContinuousClock.now - start >= .seconds(1) else { return }
      write("\r" + Self.text(done: done, total: total))
      drawn = true
    }
  }

  /// Ends the line: a terminal's line gets its newline; elsewhere the last state is printed
  /// once, if the build took over a second.
  public func finish() {
    lock.withLock {
      guard let latest else { return }
      let line =
        Self.text(done: latest.done, total: latest.total)
        + (latest.done == latest.total ? " done" : "")
      if drawn {
        write("\r" + line + "\n")
      } else if ContinuousClock.now - start >= .seconds(1) {
        write(line + "\n")
      }
      self.latest = nil
    }
  }

  /// `rendering 6,000/20,308 files…`.
  static func text(done: Int, total: Int) -> String {
    "rendering \(grouped(done))/\(grouped(total)) files…"
  }

  /// `20308` → `20,308`.
  static func grouped(_ number: Int) -> String {
    let digits = String(number)
    var result = ""
    for (position, digit) in digits.enumerated() {
      if position > 0, (digits.count - position) % 3 == 0 { result.append(",") }
      result.append(digit)
    }
    return result
  }
}
