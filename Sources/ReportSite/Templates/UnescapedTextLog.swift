import Synchronization

/// The triple mustaches on report text (``TemplateKeyCheck/UnescapedText``) that a template
/// library's checks found, from whichever thread ran them.
final class UnescapedTextLog: Sendable {
  private let uses = Mutex<Set<TemplateKeyCheck.UnescapedText>>([])

  func record(_ found: [TemplateKeyCheck.UnescapedText]) {
    guard !found.isEmpty else { return }
    uses.withLock { $0.formUnion(found) }
  }

  /// Each use once, by template and line.
  var all: [TemplateKeyCheck.UnescapedText] {
    uses.withLock { $0 }.sorted { ($0.template, $0.line, $0.key) < ($1.template, $1.line, $1.key) }
  }
}
