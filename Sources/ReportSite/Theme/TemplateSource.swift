import Foundation
import SiteOutput

/// Where a build's theme comes from: its `*.mustache` templates and its `assets/` files.
/// A folder (``FolderTemplateSource``), files in memory (``MemoryTemplateSource``), or a site's
/// folder over the built-in theme, file by file (``LayeredTemplateSource``).
public protocol TemplateSource: Sendable {
  /// The theme's file names, `task.mustache` or `assets/site.css`, sorted; hidden files skipped.
  func files() throws(SiteBuildError) -> [String]
  /// The bytes of one of ``files()``.
  func bytes(of file: String) throws(SiteBuildError) -> Data
  /// The file as the user knows it, for messages: `Templates/task.mustache`.
  func displayPath(of file: String) -> String
}

extension TemplateSource {
  /// The template files, `task.mustache` …, sorted.
  func templateFiles() throws(SiteBuildError) -> [String] {
    try files().filter { !$0.contains("/") && $0.hasSuffix(".mustache") }
  }

  /// The files under `assets/`, as paths relative to it, sorted.
  func assetFiles() throws(SiteBuildError) -> [String] {
    try files().filter { $0.hasPrefix("assets/") }.map { String($0.dropFirst("assets/".count)) }
  }
}
