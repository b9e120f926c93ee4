import Foundation
import SiteOutput

/// A theme in a folder: `Templates/` with its `*.mustache` files and `assets/`.
public struct FolderTemplateSource: TemplateSource {
  public let folder: URL

  public init(folder: URL) {
    self.folder = folder
  }

  /// Whether the folder exists.
  public var exists: Bool {
    var isFolder: ObjCBool = false
    return FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder)
      && isFolder.boolValue
  }

  public func files() throws(SiteBuildError) -> [String] {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    } catch {
      throw SiteBuildError.unreadableTemplates(
        path: folder.relativePath, reason: Self.reason(error))
    }
    let templates = names.filter { $0.hasSuffix(".mustache") && !$0.hasPrefix(".") }
    let assets: [String]
    do {
      assets = try AssetCopier.files(in: folder.appendingPathComponent("assets"))
    } catch {
      throw SiteBuildError.unreadableTemplates(
        path: folder.relativePath + "/assets", reason: Self.reason(error))
    }
    return (templates + assets.map { "assets/" + $0 }).sorted()
  }

  public func bytes(of file: String) throws(SiteBuildError) -> Data {
    do {
      return try Data(contentsOf: folder.appendingPathComponent(file))
    } catch {
      throw SiteBuildError.unreadableTemplates(
        path: displayPath(of: file), reason: Self.reason(error))
    }
  }

  public func displayPath(of file: String) -> String { folder.relativePath + "/" + file }

  static func reason(_ error: Error) -> String {
    if let error = error as? CocoaError {
      switch error.code {
      case .fileReadNoSuchFile, .fileNoSuchFile: return "no such file or folder"
      case .fileReadNoPermission: return "permission denied"
      default: break
      }
    }
    return error.localizedDescription
  }
}
