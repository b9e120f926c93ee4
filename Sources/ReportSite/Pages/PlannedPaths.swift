import ReportModel

/// The files and folders a site will have, each with what makes it, and the problems found
/// while they are added (see ``SitePathCheck``).
struct PlannedPaths {
  /// What in `Content/` makes a path: nil for the site's own files.
  struct Origin {
    /// The file, as a reader would call it: `the page of unit "区商务局"`.
    var what: String
    var location: SourceLocation
    /// How to give it another name.
    var fix: String
  }

  private struct Entry {
    var path: String
    var isFolder: Bool
    var origin: Origin?
  }

  /// Entries by path in lower case: names equal but for case are one file on Windows and macOS.
  private var entries: [String: Entry] = [:]
  private(set) var diagnostics: [Diagnostic] = []
  /// Folders (in lower case) found to collide.
  private var collidedFolders: Set<String> = []

  mutating func report(_ diagnostic: Diagnostic) {
    diagnostics.append(diagnostic)
  }

  /// Adds the file or folder at `path` (a folder may end in `/`) and the folders it is in.
  /// `isList` marks a page that may be split into pages 2, 3 … (``Pager``).
  mutating func add(_ path: String, isFolder: Bool, origin: Origin?, isList: Bool = false) {
    let trimmed = path.hasSuffix("/") ? String(path.dropLast()) : path
    let components = trimmed.split(separator: "/", omittingEmptySubsequences: false)
    // The folders it is in, each named by whoever adds it first (a folder that collides is
    // reported once, where it is added itself).
    for end in components.indices.dropLast() {
      let folder = components[...end].joined(separator: "/")
      // In a folder already reported, everything would collide again.
      if collidedFolders.contains(folder.lowercased()) { return }
      if entries[folder.lowercased()] == nil {
        entries[folder.lowercased()] = Entry(path: folder, isFolder: true, origin: origin)
      }
    }
    add(entry: trimmed, isFolder: isFolder, origin: origin)
    guard let origin else { return }
    let name = String(components.last ?? "")
    // The longest name a list's pages take is the name of its page 99999.
    let longest = isList ? Pager.path(name, page: 99_999) : name
    if name.isEmpty || longest.utf8.count > SitePathCheck.maximumNameLength {
      report(
        .error(
          origin.location,
          "\(origin.what) would be named \"\(name.prefix(40))…\", \(longest.utf8.count) bytes: "
            + "longer than a file name may be (\(SitePathCheck.maximumNameLength))",
          notes: [origin.fix]))
    }
    if !isFolder, let page = Pager.page(of: trimmed) {
      report(
        .error(
          origin.location,
          "\(origin.what) would be \(trimmed), the name of page \(page.page) of \(page.list)",
          notes: [
            "names ending in -p and a number are kept for the pages of long lists; \(origin.fix)"
          ]))
    }
  }

  private mutating func add(entry path: String, isFolder: Bool, origin: Origin?) {
    let key = path.lowercased()
    guard let existing = entries[key] else {
      entries[key] = Entry(path: path, isFolder: isFolder, origin: origin)
      return
    }
    if existing.isFolder, isFolder, existing.path == path { return }
    // The later of the two is reported where it is made; the site's own files come first.
    guard let origin = origin ?? existing.origin else { return }
    if isFolder { collidedFolders.insert(key) }
    let taken = existing.origin.map { "the name of \($0.what)" } ?? "a name the site uses itself"
    let elsewhere = existing.origin.flatMap { $0.location == origin.location ? nil : $0.location }
    let what = existing.path == path ? path : "\(path) (\(existing.path) but for case)"
    report(
      .error(
        origin.location, "\(origin.what) would be \(what), \(taken)",
        notes: (elsewhere.map { ["that one is made at \($0)"] } ?? []) + [origin.fix]))
  }
}
