import Foundation
import SiteOutput

/// A site's own theme files over a base theme, file by file, as Hugo's lookup order has it: a
/// file of the site's `Templates/` replaces the base theme's file of the same name, and the
/// base theme's other files stay.
public struct LayeredTemplateSource: TemplateSource {
  public let top: any TemplateSource
  public let base: any TemplateSource
  /// The top theme's files, listed once.
  private let topFiles: Set<String>
  private let allFiles: [String]

  /// Lists both themes' files; throws when either cannot be listed.
  public init(top: any TemplateSource, over base: any TemplateSource) throws(SiteBuildError) {
    self.top = top
    self.base = base
    topFiles = Set(try top.files())
    allFiles = topFiles.union(try base.files()).sorted()
  }

  public func files() throws(SiteBuildError) -> [String] { allFiles }

  public func bytes(of file: String) throws(SiteBuildError) -> Data {
    try source(of: file).bytes(of: file)
  }

  public func displayPath(of file: String) -> String { source(of: file).displayPath(of: file) }

  /// The files of the top theme that replace a file of the base theme.
  public func overridden() throws(SiteBuildError) -> [String] {
    let base = Set(try base.files())
    return topFiles.filter { base.contains($0) }.sorted()
  }

  /// Where `file` comes from: the top theme when it has the file, else the base.
  private func source(of file: String) -> any TemplateSource {
    topFiles.contains(file) ? top : base
  }
}
