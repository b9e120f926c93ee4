/// Splits lists longer than site.yml's `pageSize` into pages. The first page keeps the list's
/// own URL, so that links made before a list grew still work; page k is `<name>-p<k>.html`.
struct Pager: Sendable {
  let size: Int

  /// The ranges of the pages of a list of `count` items; one (maybe empty) range at least.
  func ranges(_ count: Int) -> [Range<Int>] {
    guard count > size else { return [0..<count] }
    return stride(from: 0, to: count, by: size).map { $0..<min(count, $0 + size) }
  }

  /// The path of page `page` (from 1) of the list at `path`.
  static func path(_ path: String, page: Int) -> String {
    guard page > 1 else { return path }
    return String(path.dropLast(".html".count)) + "-p\(page).html"
  }

  /// The list and page number that `path` would be page 2, 3 … of (`units/a-p2.html` →
  /// (`units/a.html`, 2)); nil for a path of another form, which no list's page can take.
  static func page(of path: String) -> (list: String, page: Int)? {
    guard path.hasSuffix(".html") else { return nil }
    let stem = path.dropLast(".html".count)
    guard let dash = stem.lastIndex(of: "-") else { return nil }
    let suffix = stem[stem.index(after: dash)...]
    guard suffix.first == "p", let page = Int(suffix.dropFirst()), page > 1,
      suffix.dropFirst().allSatisfy({ $0.isASCII && $0.isNumber }),
      self.path(String(stem[..<dash]) + ".html", page: page) == path
    else { return nil }
    return (String(stem[..<dash]) + ".html", page)
  }

  /// The navigation between the pages of the list at `path`, on page `page` (from 1); nil
  /// when the list has one page. `root` is the way from the page to the round's pages.
  static func nav(path: String, page: Int, count: Int, root: String) -> PageNav? {
    guard count > 1 else { return nil }
    return nav(page: page, hrefs: hrefs(path, count: count, root: root))
  }

  /// The links to the `count` pages of the list at `path` from its pages (all in one folder,
  /// whose way to the round's pages is `root`): made once per list, shared by its pages' navs
  /// (a list of n pages has n² links).
  static func hrefs(_ path: String, count: Int, root: String) -> [String] {
    (1...max(1, count)).map { root + Self.path(path, page: $0) }
  }

  /// The navigation on page `page` (from 1) of the list whose pages' links are `hrefs` (see
  /// ``hrefs(_:count:root:)``); nil when the list has one page.
  static func nav(page: Int, hrefs: [String]) -> PageNav? {
    let count = hrefs.count
    guard count > 1 else { return nil }
    return PageNav(
      label: "第 \(page) 页，共 \(count) 页",
      previous: page > 1 ? LinkItem(label: "上一页", href: hrefs[page - 2]) : nil,
      next: page < count ? LinkItem(label: "下一页", href: hrefs[page]) : nil,
      pages: (1...count).map { PageNumber(number: $0, href: hrefs[$0 - 1], isCurrent: $0 == page) })
  }
}
