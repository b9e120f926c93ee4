import FlyingFox
import FlyingSocks
import Foundation
import ReportContent
import ReportModel
import ReportSite
import Synchronization

/// `report-site serve`: builds the site into a private folder with the same builder as
/// `report-site build`, serves it on 127.0.0.1, rebuilds once per burst of changes to
/// `Content/` or the theme folder, and tells open pages to reload.
public final class PreviewServer: Sendable {
  public struct Options: Sendable {
    public var content: ContentLayout
    /// The site's own theme folder, watched (it may not exist).
    public var themeFolder: URL
    /// The theme of each build, made again for each so that new template files count.
    public var theme: @Sendable () throws -> any TemplateSource
    /// 0 takes any free port.
    public var port: UInt16
    /// The path the site is served under, `/` or `/gzbg/`.
    public var basePath: String
    /// Where lines for the user go.
    public var log: @Sendable (String) -> Void
    /// Whether each rebuild's steps are logged, with the time each starts at.
    public var verbose = false

    public init(
      content: ContentLayout, themeFolder: URL,
      theme: @escaping @Sendable () throws -> any TemplateSource,
      port: UInt16, basePath: String, log: @escaping @Sendable (String) -> Void
    ) {
      self.content = content
      self.themeFolder = themeFolder
      self.theme = theme
      self.port = port
      self.basePath = SitePath.normalizedBase(basePath)
      self.log = log
    }
  }

  public let options: Options
  /// The private folder: the site is built in `site/` under it; never the user's Output/.
  public let privateFolder: URL
  private let site: LiveSite
  private let scheduler = RebuildScheduler()
  /// The task files and what the builds made, kept from one build to the next: a build after
  /// an edit reads and makes again only what the edit touched.
  private let contentCache = ContentCache()
  private let session = BuildSession()
  /// The watcher, once it watches: each read of `Content/` asks it what changed (see
  /// ``ContentCache``).
  private let watcher = Mutex<ChangeWatcher?>(nil)

  public init(options: Options) {
    self.options = options
    privateFolder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "report-site-serve-\(getpid())-\(UUID().uuidString.prefix(8))")
    site = LiveSite(folder: privateFolder.appendingPathComponent("site"))
  }

  /// Builds, then serves and rebuilds until the task is cancelled; throws when the port
  /// cannot be listened on (naming it) or the folders cannot be watched.
  public func run() async throws {
    let first = ContinuousClock.now
    await build(since: first)
    if site.failure == nil { await prepareBackTree() }
    let address = try sockaddr_in.inet(ip4: "127.0.0.1", port: options.port)
    let server = HTTPServer(
      address: address, timeout: 15, logger: .disabled,
      handler: SiteRequestHandler(site: site, base: options.basePath))
    let failure = Mutex<(any Error)?>(nil)
    let serving = Task {
      do { try await server.run() } catch { failure.withLock { $0 = error } }
    }
    while !(await server.isListening) {
      if let error = failure.withLock({ $0 }) {
        throw PreviewServerError.cannotListen(port: options.port, reason: Self.reason(error))
      }
      try await Task.sleep(for: .milliseconds(5))
    }
    var port = options.port
    if case .ip4(_, let listening) = await server.listeningAddress { port = listening }
    let watcher = try ChangeWatcher(
      roots: [options.content.root, options.themeFolder.path], markFolder: privateFolder.path
    ) { [scheduler] _, completes in scheduler.changed(completingASave: completes) }
    self.watcher.withLock { $0 = watcher }
    options.log(
      "serving http://127.0.0.1:\(port)\(options.basePath) (watching \(options.content.root)/ "
        + "and \(options.themeFolder.relativePath)/ in \(watcher.watchedFolderCount) folders; "
        + "Ctrl-C stops)")
    await withTaskCancellationHandler {
      await scheduler.run { first in await self.build(since: first) }
    } onCancel: {
      serving.cancel()
    }
    withExtendedLifetime(watcher) {}
  }

  /// Builds the site on a thread of its own, and tells the pages.
  private func build(since first: ContinuousClock.Instant) async {
    let failure = await withCheckedContinuation { continuation in
      Thread.detachNewThread { [self] in continuation.resume(returning: buildNow()) }
    }
    let seconds = (ContinuousClock.now - first) / .seconds(1)
    options.log(
      (failure == nil ? "built" : "build failed; still serving the last good site")
        + String(format: " %.3f s after the change", seconds))
    site.finished(failure: failure)
  }

  /// Builds the same content once more before the first page is served: the first site is
  /// then put aside as the back tree (see `OutputDirectory+BackTree.swift`), so that the first
  /// save need not link every file of the site into a new staging folder, as every later save
  /// need not. The pages are not told: the site is the same.
  private func prepareBackTree() async {
    let start = ContinuousClock.now
    let failure = await withCheckedContinuation { continuation in
      Thread.detachNewThread { [self] in
        continuation.resume(returning: buildNow(settingBackTreeAside: true))
      }
    }
    guard options.verbose else { return }
    let seconds = (ContinuousClock.now - start) / .seconds(1)
    options.log(
      String(format: "set the first site aside for the next build in %.3f s", seconds)
        + (failure == nil ? "" : " (failed)"))
  }

  /// One build, as `report-site build` does it; the diagnostics text when it fails. With
  /// `settingBackTreeAside`, a build that changes nothing still sets a copy of the site aside
  /// as the back tree (see ``prepareBackTree()``).
  private func buildNow(settingBackTreeAside: Bool = false) -> String? {
    let start = ContinuousClock.now
    let log = { [options] (line: String) in
      guard options.verbose else { return }
      let seconds = (ContinuousClock.now - start) / .seconds(1)
      options.log(String(format: "%6.3f s  ", seconds) + line)
    }
    if let watcher = watcher.withLock({ $0 }) { contentCache.watched(watcher.changes()) }
    let (content, diagnostics) = ContentReader(layout: options.content, cache: contentCache)
      .readSite()
    let counts = contentCache.lastCounts
    log(
      "read \(counts.read) task files, \(counts.reused) unchanged (\(contentCache.lastVouched) "
        + "of them unseen by the watcher, without a stat)")
    let text = diagnostics.sortedForDisplay().map(\.description).joined(separator: "\n")
    if !text.isEmpty { options.log(text) }
    guard let content else { return text }
    do {
      var buildOptions = SiteBuildOptions(
        templates: options.themeFolder, output: site.folder, verbose: options.verbose,
        theme: try options.theme())
      buildOptions.session = session
      buildOptions.setsBackTreeAside = settingBackTreeAside
      let builder = SiteBuilder(site: content, options: buildOptions)
      _ = try builder.build(log: log)
      log(
        "narratives and open-data rows: \(session.lastCounts.reused) kept, "
          + "\(session.lastCounts.made) made; search texts: \(session.lastSearchTextsReused) kept; "
          + "search bigram files: \(session.lastSearchShardsReused) kept, "
          + "\(session.lastSearchShardsFromPlaces) from the kept places; open data: "
          + "\(session.lastOpenDataCopied) bytes copied from the old files; contexts: "
          + "\(session.lastContextsReused) kept")
      return nil
    } catch {
      let message = String(describing: error)
      options.log(message)
      return message
    }
  }

  static func reason(_ error: any Error) -> String {
    if let error = error as? SocketError, case .failed(_, let number, let message) = error {
      return number == EADDRINUSE ? "the port is busy (\(message))" : message
    }
    return String(describing: error)
  }
}
