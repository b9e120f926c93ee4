import ArgumentParser
import BuiltInTheme
import Foundation
import ReportSite

/// `--templates`: the theme a build uses. The built-in theme, with the files of the site's
/// own `Templates/` (or of `--templates DIR`) in place of its files of the same name.
struct ThemeOptions: ParsableArguments {
  static let defaultFolder = "Templates"

  @Option(
    help: ArgumentHelp(
      "A theme folder whose files replace the built-in theme's files of the same name "
        + "(default: Templates, when it exists).", valueName: "dir"))
  var templates: String?

  /// The folder the build reads and fingerprints; it may not exist when not named.
  var folder: URL { URL(fileURLWithPath: templates ?? Self.defaultFolder) }

  /// The theme to build with; throws when `--templates` names a folder that does not exist.
  func source() throws -> any TemplateSource {
    let builtIn = MemoryTemplateSource(name: BuiltInTheme.name, files: BuiltInTheme.files)
    let own = FolderTemplateSource(folder: folder)
    guard own.exists else {
      if let templates {
        throw ValidationError("--templates \(templates): no such folder")
      }
      return builtIn
    }
    do {
      return try LayeredTemplateSource(top: own, over: builtIn)
    } catch {
      throw ValidationError(error.description)
    }
  }
}
