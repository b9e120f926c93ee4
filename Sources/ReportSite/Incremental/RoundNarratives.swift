import ReportModel
import Synchronization

/// A round's narratives rendered from Markdown, parallel to its index's tasks: all rendered at
/// once, on every core, when the build reads most of them (see ``BuildUnits``), or each when
/// it is first read, so that a rebuild renders only the narratives of the pages it makes.
final class RoundNarratives: Sendable {
  private let markdown: [String]
  private let render: @Sendable (String) -> String
  /// Every narrative, when all were rendered at once: read without the lock (a task page, its
  /// history, the search index and the full text each read one, from every core).
  private let all: [String]?
  private let rendered: Mutex<[String?]>

  /// `html`, when given, holds every narrative rendered already.
  init(markdown: [String], render: @escaping @Sendable (String) -> String, html: [String]? = nil) {
    self.markdown = markdown
    self.render = render
    all = html
    rendered = Mutex(html == nil ? Array(repeating: nil, count: markdown.count) : [])
  }

  /// The narratives `markdown`, each that is the same bytes as `old`'s at the same place
  /// taken as `old` rendered it, if it did (see ``rendered``); with `renderingAll`, every
  /// other one rendered now.
  init(
    markdown: [String], render: @escaping @Sendable (String) -> String,
    reusing old: (markdown: [String], html: [String?]), renderingAll: Bool
  ) {
    var html: [String?] = markdown.indices.map { task in
      task < old.markdown.count && markdown[task].hasSameUTF8(as: old.markdown[task])
        ? old.html[task] : nil
    }
    if renderingAll {
      for task in html.indices where html[task] == nil { html[task] = render(markdown[task]) }
    }
    self.markdown = markdown
    self.render = render
    all = nil
    rendered = Mutex(html)
  }

  var count: Int { markdown.count }

  /// The narratives, and those rendered so far.
  var renderedSoFar: (markdown: [String], html: [String?]) {
    if let all { return (markdown, all.map { Optional($0) }) }
    return (markdown, rendered.withLock { $0 })
  }

  subscript(task: Int) -> String {
    if let all { return all[task] }
    if let html = rendered.withLock({ $0[task] }) { return html }
    let html = render(markdown[task])
    rendered.withLock { $0[task] = html }
    return html
  }
}
