import Foundation

/// Where a build reads its templates and writes the site.
public struct SiteBuildOptions: Sendable {
  /// The templates folder: `*.mustache` files and an `assets/` folder copied to the output.
  public var templates: URL
  /// The site folder. It is replaced as a whole, and only when report-site made it.
  public var output: URL
  /// Whether the build reports its steps through the log.
  public var verbose: Bool

  public init(templates: URL, output: URL, verbose: Bool = false) {
    self.templates = templates
    self.output = output
    self.verbose = verbose
  }
}
