/// What the search index reads of one task's rendered narrative: its plain text (the text
/// files `t<k>`) and its folded units, whose consecutive pairs are the task's bigrams (the
/// bigram files `b<k>`), as ``SearchText`` makes them.
struct TaskSearchText: Sendable {
  let plain: String
  let folded: [UInt16]

  init(html: String) {
    (plain, folded) = SearchText.plainAndFolded(html: html)
  }
}
