import Foundation
import SiteOutput

/// A theme held in memory, such as the built-in theme compiled into the binary.
public struct MemoryTemplateSource: TemplateSource {
  /// The name messages give the theme, e.g. `(built-in theme)`.
  public let name: String
  private let contents: [String: Data]

  /// A theme of `files`, by path (`task.mustache`, `assets/site.css`).
  public init(name: String, files: [String: Data]) {
    self.name = name
    contents = files
  }

  public func files() throws(SiteBuildError) -> [String] { contents.keys.sorted() }

  public func bytes(of file: String) throws(SiteBuildError) -> Data {
    guard let data = contents[file] else {
      throw SiteBuildError.unreadableTemplates(
        path: displayPath(of: file), reason: "no such file in the theme")
    }
    return data
  }

  public func displayPath(of file: String) -> String { name + "/" + file }
}
