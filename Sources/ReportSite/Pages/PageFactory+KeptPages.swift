import ReportModel

extension PageFactory {
  /// For a build of a ``BuildSession``: the size of the old site's full-text page at `path`
  /// (in the round's folder) showing `sections`, when the session knows the page unchanged:
  /// the build may keep old files unread (the structure is the last build's, see
  /// ``KeptFiles``) and the page's tasks have the narratives it was rendered with (see
  /// ``BuildSession``'s `pages`). Nil otherwise, and the page is rendered.
  func keptFullTextSize(path: String, sections: [ReportSection]) -> Int? {
    guard let session = context.session else { return nil }
    var shown: [String] = []
    for section in sections {
      shown += (index.tasksBySubsection[.init(section: section.number, subsection: nil)] ?? [])
        .map { narratives[$0] }
      for subsection in section.subsections {
        let key = SiteIndex.SubsectionKey(section: section.number, subsection: subsection.number)
        shown += (index.tasksBySubsection[key] ?? []).map { narratives[$0] }
      }
    }
    let kept = session.pages.set(reportPrefix + prefix + path, returningKept: shown)
    return kept == shown ? session.files.size(reportPrefix + prefix + path) : nil
  }
}
