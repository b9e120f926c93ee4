import Foundation

/// The theme of the repository's Templates/, compiled into the binary, so that a site builds
/// without a Templates/ folder of its own. Regenerate it after editing Templates/ with
/// `swift scripts/embed-theme.swift`.
public enum BuiltInTheme {
  /// The name messages give the theme's files: `(built-in theme)/task.mustache`.
  public static let name = "(built-in theme)"

  /// Every file of the theme, by path (`task.mustache`, `assets/site.css`).
  public static var files: [String: Data] {
    var files: [String: Data] = [:]
    for (path, content) in embedded { files[path] = content.data }
    return files
  }
}
