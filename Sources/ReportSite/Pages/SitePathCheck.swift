import ReportModel

/// Finds, before anything is written, every file the site would write twice or could not
/// write, from the paths the build makes (``SitePaths``, ``Pager``, ``UnitSlugs``): a unit page
/// or round folder on a name the site uses itself (`units/index.html`, `rounds/index.html`), or
/// a page 2, 3 … of a list would use (`…-p2.html`), two names equal but for case (one file on
/// Windows and macOS), and a file name longer than a file system allows. Each problem is an
/// error at the place in `Content/` that gives the name.
public enum SitePathCheck {
  /// The longest file name (bytes) that ext4, APFS and NTFS all take.
  static let maximumNameLength = 255

  /// The problems of `report`'s site. `roundFolder` names a round's folder in `Content/`, the
  /// place of problems with a round's id.
  public static func diagnostics(for report: Report, roundFolder: (RoundID) -> String)
    -> [Diagnostic]
  {
    check(report, roundFolder: roundFolder).diagnostics
  }

  /// The problems of the site of `report` alone, and the units' slugs by canonical name.
  public static func check(_ report: Report, roundFolder: (RoundID) -> String) -> (
    diagnostics: [Diagnostic], unitSlugs: [String: String]
  ) {
    let checked = check(
      SiteContent(report: report), roundFolder: { roundFolder($1) }, reportFolder: { _ in "" })
    return (checked.diagnostics, checked.unitSlugs)
  }

  /// The problems of `site`, and the units' slugs by canonical name, which a build of the same
  /// site may take (``SiteBuildOptions/unitSlugs``), with the pinyin they were made from (see
  /// ``UnitSlugs/slugs(forGroups:directory:knownPinyin:)``; `knownPinyin` is what an earlier
  /// build made, ``SiteBuildOptions/unitPinyin``). `roundFolder` and `reportFolder` name the
  /// folders in `Content/`, the places of problems with an id.
  public static func check(
    _ site: SiteContent, roundFolder: (ReportID, RoundID) -> String,
    reportFolder: (ReportID) -> String, knownPinyin: [String: String] = [:]
  ) -> (diagnostics: [Diagnostic], unitSlugs: [String: String], unitPinyin: [String: String]) {
    var planned = PlannedPaths()
    for path in SitePaths.siteFixed {
      planned.add(path, isFolder: path.hasSuffix("/"), origin: nil)
    }
    let (slugs, pinyin) = addUnits(of: site, knownPinyin: knownPinyin, to: &planned)
    for report in site.reports {
      let prefix = SitePaths.report(report.id)
      if isReserved(reportID: report.id) {
        planned.report(
          .error(
            SourceLocation(path: reportFolder(report.id)),
            "report \(report.id)'s pages would be in \(prefix), a name the site uses itself",
            notes: ["rename the report's folder, e.g. to its year 2021"]))
        continue
      }
      planned.add(
        prefix, isFolder: true,
        origin: PlannedPaths.Origin(
          what: "the folder of report \(report.id)",
          location: SourceLocation(path: reportFolder(report.id)),
          fix: "rename the report's folder, e.g. to its year 2021"))
      for path in SitePaths.fixed {
        planned.add(prefix + path, isFolder: path.hasSuffix("/"), origin: nil)
      }
      for category in StatusCategory.allCases {
        planned.add(prefix + SitePaths.status(category), isFolder: false, origin: nil)
      }
      addRounds(
        of: report, prefix: prefix, roundFolder: { roundFolder(report.id, $0) }, to: &planned)
    }
    return (planned.diagnostics, slugs, pinyin)
  }

  /// `read()`, while another core has ICU compile the rules of the units' slugs (pinyin), which
  /// the check of the content read would otherwise wait for (about 0.1 s, once a process).
  /// The read runs on this thread, so that it reads on every core (see
  /// ``concurrently(_:_:)``). With `knowingPinyin` (an earlier build's pinyin is at hand, see
  /// ``check(_:roundFolder:reportFolder:knownPinyin:)``), ICU is left alone: the check opens
  /// it only for a unit that is new.
  public static func whilePreparing<T: Sendable>(
    knowingPinyin: Bool = false, _ read: @Sendable () -> T
  ) -> T {
    if knowingPinyin { return read() }
    return concurrently({ UnitSlugs.prepare() }, read).1
  }

  /// Whether a report of `id` would have its folder on a name the site's root uses itself
  /// (`units`, `assets`, or a folder a report's pages had before reports: `tasks` …).
  public static func isReserved(reportID id: ReportID) -> Bool {
    let name = id.rawValue.lowercased()
    return (SitePaths.siteFixed + SitePaths.fixed + ["sections/", "badges/"]).contains {
      $0.split(separator: "/").first.map(String.init) == name
    }
  }

  /// Every unit's page, named by its slug, placed at the first unit line that names it.
  private static func addUnits(
    of site: SiteContent, knownPinyin: [String: String], to planned: inout PlannedPaths
  ) -> (slugs: [String: String], pinyin: [String: String]) {
    var canonical = CanonicalUnitNames(site.config.units)
    var firstPlace: [String: SourceLocation] = [:]
    var groups: [[String]] = []
    // A spelling seen before (the same bytes) has a canonical name seen before: passed over
    // with one cheap lookup.
    var spellings: Set<ExactText> = []
    for report in site.reports {
      var names: [String] = []
      for round in report.rounds.reversed() {
        // By index: a task is read in place, not copied out of its round.
        for index in round.tasks.indices {
          for (position, written) in round.tasks[index].units.enumerated() {
            guard spellings.insert(ExactText(written)).inserted else { continue }
            let name = canonical.name(of: written)
            guard !name.isEmpty, firstPlace[name] == nil else { continue }
            names.append(name)
            let task = round.tasks[index]
            firstPlace[name] =
              position < task.unitLocations.count
              ? task.unitLocations[position]
              : task.fieldLocations[.units] ?? task.location ?? SourceLocation(path: "")
          }
        }
      }
      groups.append(names)
    }
    let names = groups.flatMap { $0 }
    let (slugs, pinyin) = UnitSlugs.slugs(
      forGroups: groups, directory: site.config.units, knownPinyin: knownPinyin)
    // Two units with the same slug set by hand: one of them would silently get `-2`.
    var setBy: [String: String] = [:]
    for name in names.sorted() {
      guard let set = site.config.units.unit(named: name)?.slug else { continue }
      let slug = UnitSlugs.clean(set)
      if let other = setBy[slug] {
        planned.report(
          .error(
            firstPlace[name]!, "units \"\(other)\" and \"\(name)\" both have the slug \"\(set)\"",
            notes: ["give one of them another slug in site.yml; a slug names the unit's page"]))
      } else {
        setBy[slug] = name
      }
    }
    for name in names {
      let slug = slugs[name]!
      let isSet = site.config.units.unit(named: name)?.slug != nil
      let origin = PlannedPaths.Origin(
        what: "the page of unit \"\(name)\" (slug \"\(slug)\"\(isSet ? ", set in site.yml" : ""))",
        location: firstPlace[name]!,
        fix: isSet
          ? "change its slug in site.yml" : "give the unit a `slug:` of its own in site.yml")
      planned.add(SitePaths.unit(slug), isFolder: false, origin: origin, isList: true)
    }
    return (slugs, pinyin)
  }

  /// Every round's folder (the latest round moves there when a later one is added) and the
  /// changes page of every two consecutive rounds.
  private static func addRounds(
    of report: Report, prefix: String, roundFolder: (RoundID) -> String,
    to planned: inout PlannedPaths
  ) {
    func origin(_ round: RoundID, _ what: String) -> PlannedPaths.Origin {
      PlannedPaths.Origin(
        what: what, location: SourceLocation(path: roundFolder(round)),
        fix: "rename the round's folder, e.g. to its date 2021-06-30")
    }
    for round in report.rounds {
      planned.add(
        prefix + SitePaths.archive(round.id), isFolder: true,
        origin: origin(round.id, "the folder of round \(round.id)"))
      // Two sections of one number would share a page (checked where the round's pages go
      // once a later round is added, the same names as at the top).
      let outline = PlannedPaths.Origin(
        what: "a page of a section of round \(round.id)",
        location: SourceLocation(path: roundFolder(round.id) + "/round.yml"),
        fix: "give each section of round.yml its own number")
      for section in round.sections {
        planned.add(
          prefix + SitePaths.archive(round.id) + SitePaths.section(section.number),
          isFolder: false,
          origin: outline, isList: true)
      }
    }
    for (earlier, later) in zip(report.rounds, report.rounds.dropFirst()) {
      planned.add(
        prefix + SitePaths.changes(from: earlier.id, to: later.id), isFolder: false,
        origin: origin(later.id, "the changes page from round \(earlier.id) to \(later.id)"))
    }
  }
}
