import FlyingFox
import Foundation

/// Answers `serve`'s requests from the last good build: its files under the base path, the
/// 404 page with status 404, and the live-reload script and event stream.
struct SiteRequestHandler: HTTPHandler {
  let site: LiveSite
  /// The base path, with a slash at both ends (`/` or `/gzbg/`).
  let base: String

  func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
    let raw = request.target.path()
    switch raw {
    case LiveReload.scriptPath:
      return HTTPResponse(
        statusCode: .ok, headers: HTTPHeaders([.contentType: "text/javascript; charset=utf-8"]),
        body: Data(LiveReload.script.utf8))
    case LiveReload.eventsPath:
      return HTTPResponse(
        statusCode: .ok,
        headers: HTTPHeaders([.contentType: "text/event-stream", .cacheControl: "no-cache"]),
        body: HTTPBodySequence(from: EventStream(events: site.subscribe())))
    default:
      break
    }
    switch SitePath.resolve(raw, base: base) {
    case .redirect(let location):
      return HTTPResponse(statusCode: .found, headers: HTTPHeaders([.location: location]))
    case .refused:
      return HTTPResponse(
        statusCode: .forbidden, headers: HTTPHeaders([.contentType: "text/plain; charset=utf-8"]),
        body: Data("refused: a path with .. or . segments is never served\n".utf8))
    case .notFound:
      return notFound()
    case .file(let relative):
      return file(relative) ?? notFound()
    }
  }

  /// The file at `relative`, a redirect to a folder's slash, or nil when there is none.
  private func file(_ relative: String) -> HTTPResponse? {
    let url = relative.isEmpty ? site.folder : site.folder.appendingPathComponent(relative)
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
      return nil
    }
    if isFolder.boolValue {
      return HTTPResponse(
        statusCode: .found,
        headers: HTTPHeaders([
          .location: base + relative.addingPercentEncoding(
            withAllowedCharacters: .urlPathAllowed)! + "/"
        ]))
    }
    return respond(url, status: .ok)
  }

  private func notFound() -> HTTPResponse {
    respond(site.folder.appendingPathComponent("404.html"), status: .notFound)
      ?? HTTPResponse(statusCode: .notFound)
  }

  private func respond(_ url: URL, status: HTTPStatusCode) -> HTTPResponse? {
    guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
    let type = Self.contentType(of: url.pathExtension)
    guard type.hasPrefix("text/html") else {
      return HTTPResponse(
        statusCode: status, headers: HTTPHeaders([.contentType: type]), body: data)
    }
    let page = LiveReload.inject(
      into: Array(data), generation: site.generation, failure: site.failure)
    return HTTPResponse(
      statusCode: status, headers: HTTPHeaders([.contentType: type, .cacheControl: "no-store"]),
      body: Data(page))
  }

  static func contentType(of pathExtension: String) -> String {
    switch pathExtension.lowercased() {
    case "html": "text/html; charset=utf-8"
    case "css": "text/css; charset=utf-8"
    case "js": "text/javascript; charset=utf-8"
    case "json": "application/json"
    case "xml": "application/xml"
    case "svg": "image/svg+xml"
    case "csv": "text/csv; charset=utf-8"
    case "txt": "text/plain; charset=utf-8"
    case "png": "image/png"
    case "ico": "image/x-icon"
    default: "application/octet-stream"
    }
  }
}
