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

  /// The problems of `report`'s site, and the units' slugs by canonical name, which a build
  /// of the same report may take (``SiteBuildOptions/unitSlugs``).
  public static func check(_ report: Report, roundFolder: (RoundID) -> String) -> (
    diagnostics: [Diagnostic], unitSlugs: [String: String]
  ) {
    var planned = PlannedPaths()
    for path in SitePaths.fixed {
      planned.add(path, isFolder: path.hasSuffix("/"), origin: nil)
    }
    for category in StatusCategory.allCases {
      planned.add(SitePaths.status(category), isFolder: false, origin: nil)
    }
    let slugs = addUnits(of: report, to: &planned)
    addRounds(of: report, roundFolder: roundFolder, to: &planned)
    return (planned.diagnostics, slugs)
  }

  /// Every unit's page, named by its slug, placed at the first unit line that names it.
  private static func addUnits(of report: Report, to planned: inout PlannedPaths) -> [String:
    String]
  {
    var canonical = CanonicalUnitNames(report.config.units)
    var firstPlace: [String: SourceLocation] = [:]
    var names: [String] = []
    for round in report.rounds.reversed() {
      for task in round.tasks {
        for (position, written) in task.units.enumerated() {
          let name = canonical.name(of: written)
          guard !name.isEmpty, firstPlace[name] == nil else { continue }
          names.append(name)
          firstPlace[name] =
            position < task.unitLocations.count
            ? task.unitLocations[position]
            : task.fieldLocations[.units] ?? task.location ?? SourceLocation(path: "")
        }
      }
    }
    let slugs = UnitSlugs.slugs(for: names, directory: report.config.units)
    // Two units with the same slug set by hand: one of them would silently get `-2`.
    var setBy: [String: String] = [:]
    for name in names.sorted() {
      guard let set = report.config.units.unit(named: name)?.slug else { continue }
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
      let isSet = report.config.units.unit(named: name)?.slug != nil
      let origin = PlannedPaths.Origin(
        what: "the page of unit \"\(name)\" (slug \"\(slug)\"\(isSet ? ", set in site.yml" : ""))",
        location: firstPlace[name]!,
        fix: isSet
          ? "change its slug in site.yml" : "give the unit a `slug:` of its own in site.yml")
      planned.add(SitePaths.unit(slug), isFolder: false, origin: origin, isList: true)
    }
    return slugs
  }

  /// Every round's folder (the latest round moves there when a later one is added) and the
  /// changes page of every two consecutive rounds.
  private static func addRounds(
    of report: Report, roundFolder: (RoundID) -> String, to planned: inout PlannedPaths
  ) {
    func origin(_ round: RoundID, _ what: String) -> PlannedPaths.Origin {
      PlannedPaths.Origin(
        what: what, location: SourceLocation(path: roundFolder(round)),
        fix: "rename the round's folder, e.g. to its date 2021-06-30")
    }
    for round in report.rounds {
      planned.add(
        SitePaths.archive(round.id), isFolder: true,
        origin: origin(round.id, "the folder of round \(round.id)"))
      // Two sections of one number would share a page (checked where the round's pages go
      // once a later round is added, the same names as at the top).
      let outline = PlannedPaths.Origin(
        what: "a page of a section of round \(round.id)",
        location: SourceLocation(path: roundFolder(round.id) + "/round.yml"),
        fix: "give each section of round.yml its own number")
      for section in round.sections {
        planned.add(
          SitePaths.archive(round.id) + SitePaths.section(section.number), isFolder: false,
          origin: outline, isList: true)
      }
    }
    for (earlier, later) in zip(report.rounds, report.rounds.dropFirst()) {
      planned.add(
        SitePaths.changes(from: earlier.id, to: later.id), isFolder: false,
        origin: origin(later.id, "the changes page from round \(earlier.id) to \(later.id)"))
    }
  }
}
