import Foundation
import ReportMarkdown
import ReportModel
import SiteOutput
import Synchronization

/// What a build keeps for the next build in the same process (`serve` builds once per
/// change), so that a build after an edit does again only what the edit touched: narratives
/// rendered from Markdown (by their text), the open data's rows (by the digest of everything
/// their task's latest page reads, see ``PageInputs/taskDigest(_:round:number:)``) and the
/// units' slugs (by the units and site.yml). Each value is keyed by all that it is made of,
/// so a value found is the value a build would make; what a build does not use is dropped
/// when it ends (``finishBuild()``), so the session holds about one site's worth.
public final class BuildSession: Sendable {
  private struct State {
    /// Rendered narratives by the digest of their Markdown's bytes (Swift's own hashing of
    /// a `String` normalises it first, which costs more than the lookup saves).
    var markdown: [UInt64: Rendered] = [:]
    var nextMarkdown: [UInt64: Rendered] = [:]
    var rows: [UInt64: OpenDataRow] = [:]
    var nextRows: [UInt64: OpenDataRow] = [:]
    var slugs: (key: UInt64, slugs: [String: String])?
    var reused = 0
    var made = 0
  }

  private struct Rendered {
    let markdown: String
    let html: String
  }

  private let state = Mutex(State())

  public init() {}

  /// How many narratives and rows the last build took from the session, and how many it made.
  public var lastCounts: (reused: Int, made: Int) { state.withLock { ($0.reused, $0.made) } }

  /// Begins a build; what a build that stopped before its end made is kept with the rest.
  func startBuild() {
    abandonBuild()
    state.withLock { state in
      state.reused = 0
      state.made = 0
    }
  }

  /// Ends a build: what it did not use is dropped. A failed build keeps what the one before
  /// it left, and what it made itself.
  public func finishBuild() {
    state.withLock { state in
      state.markdown = state.nextMarkdown
      state.nextMarkdown = [:]
      state.rows = state.nextRows
      state.nextRows = [:]
    }
  }

  /// Ends a failed build: what it made is kept with what the build before it left, so that
  /// the next build finds both (every value is right for its key, whichever build made it).
  func abandonBuild() {
    state.withLock { state in
      state.markdown.merge(state.nextMarkdown) { old, _ in old }
      state.nextMarkdown = [:]
      state.rows.merge(state.nextRows) { old, _ in old }
      state.nextRows = [:]
    }
  }

  /// The HTML of `markdown` as `renderer` renders it (the session serves one renderer: see
  /// ``SiteBuilder``).
  func html(_ markdown: String, renderer: MarkdownRenderer) -> String {
    var text = markdown
    let key = text.withUTF8 { bytes in
      var hasher = StableHasher()
      hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
      return hasher.value
    }
    let found = state.withLock { state -> String? in
      // A digest is not the text: the text is compared too, byte for byte.
      guard let kept = state.nextMarkdown[key] ?? state.markdown[key],
        Self.sameBytes(kept.markdown, markdown)
      else { return nil }
      state.nextMarkdown[key] = kept
      state.reused += 1
      return kept.html
    }
    if let found { return found }
    let html = renderer.html(from: markdown)
    state.withLock { state in
      state.nextMarkdown[key] = Rendered(markdown: markdown, html: html)
      state.made += 1
    }
    return html
  }

  private static func sameBytes(_ first: String, _ second: String) -> Bool {
    var first = first
    var second = second
    return first.withUTF8 { one in
      second.withUTF8 { other in
        one.count == other.count
          && (one.isEmpty || memcmp(one.baseAddress!, other.baseAddress!, one.count) == 0)
      }
    }
  }

  /// The open data's row of the task whose latest page has digest `digest`: kept, or made by
  /// `make`.
  func row(digest: UInt64, make: () -> OpenDataRow) -> OpenDataRow {
    let found = state.withLock { state -> OpenDataRow? in
      guard let row = state.nextRows[digest] ?? state.rows[digest] else { return nil }
      state.nextRows[digest] = row
      state.reused += 1
      return row
    }
    if let found { return found }
    let row = make()
    state.withLock { state in
      state.nextRows[digest] = row
      state.made += 1
    }
    return row
  }

  /// The units' slugs for `key` (a digest of the units and site.yml), kept, or made by `make`.
  func slugs(key: UInt64, make: () -> [String: String]) -> [String: String] {
    if let kept = state.withLock({ $0.slugs }), kept.key == key { return kept.slugs }
    let slugs = make()
    state.withLock { $0.slugs = (key, slugs) }
    return slugs
  }
}
