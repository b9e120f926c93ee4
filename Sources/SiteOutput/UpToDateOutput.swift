/// An output folder found to hold, unchanged, the site a build with the same inputs writes (see
/// ``OutputDirectory/upToDate(_:fingerprint:)``): what a build skipped for it still prints.
public struct UpToDateOutput: Sendable, Hashable {
  /// The warnings the build that wrote the folder printed; nil when it printed none.
  public var warnings: PrintedWarnings?

  public init(warnings: PrintedWarnings?) {
    self.warnings = warnings
  }
}
