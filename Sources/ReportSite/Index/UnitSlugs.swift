import Foundation
import ReportModel

/// ASCII URL slugs for units: the slug site.yml sets, else the name's pinyin
/// (`区卫生健康委` → `qu-wei-sheng-jian-kang-wei`). Equal slugs get `-2`, `-3` … in the order of
/// the canonical names, set slugs first, so a unit keeps its slug while the names stay the same.
///
/// Slugs are bounded: only the first ``FieldLength/maximum`` characters of a name are
/// transliterated (longer names are errors of their own, see ``SitePathCheck``), and a slug
/// is cut to ``maximumLength`` bytes at a word, so that a page name always fits a file name.
enum UnitSlugs {
  /// The most bytes of a slug, before a `-2` that tells equal ones apart.
  static let maximumLength = 100

  /// Slugs for `names` (canonical names), keyed by name.
  static func slugs(for names: [String], directory: UnitDirectory) -> [String: String] {
    slugs(forGroups: [names], directory: directory)
  }

  /// Slugs for the names of every group (one group per report, oldest first), keyed by name:
  /// the slugs site.yml sets first, then each group's new names in name order, so that a later
  /// group never changes an earlier one's slugs.
  static func slugs(forGroups groups: [[String]], directory: UnitDirectory) -> [String: String] {
    made(forGroups: groups, directory: directory, knownPinyin: [:]).slugs
  }

  /// ``slugs(forGroups:directory:)``, and the pinyin (``pinyin(_:)-swift.type.method``) of every
  /// name whose slug is made from it, by name: taken from `knownPinyin` (what an earlier build
  /// of the same tool made, see ``OutputDirectory/unitPinyin``) where it has the name, so that
  /// only new names are transliterated, and ICU's transliterator is not opened at all when
  /// every name is known. A name's pinyin depends on the name alone, so the slugs are those
  /// made from nothing.
  static func slugs(
    forGroups groups: [[String]], directory: UnitDirectory, knownPinyin: [String: String]
  ) -> (slugs: [String: String], pinyin: [String: String]) {
    let made = made(forGroups: groups, directory: directory, knownPinyin: knownPinyin)
    return (made.slugs, Dictionary(uniqueKeysWithValues: made.derived))
  }

  /// The slugs, and each name whose slug is made from its pinyin with that pinyin.
  private static func made(
    forGroups groups: [[String]], directory: UnitDirectory, knownPinyin: [String: String]
  ) -> (slugs: [String: String], derived: [(name: String, pinyin: String)]) {
    var seen: Set<String> = []
    let orderedGroups = groups.map { group in
      Array(Set(group)).sorted().filter { seen.insert($0).inserted }
    }
    let sorted = orderedGroups.flatMap { $0 }
    var result: [String: String] = [:]
    var taken: Set<String> = []
    let explicit = sorted.sorted().compactMap { name in
      directory.unit(named: name)?.slug.map { (name, clean($0)) }
    }
    let explicitNames = Set(explicit.map(\.0))
    let derivedNames = sorted.filter { !explicitNames.contains($0) }
    // The new names' pinyin come in the order of the names.
    var newPinyin = pinyin(derivedNames.filter { knownPinyin[$0] == nil }).makeIterator()
    let derived = derivedNames.map { name in (name, knownPinyin[name] ?? newPinyin.next()!) }
    for (name, base) in explicit + derived {
      let stem = base.isEmpty ? "unit" : base
      var slug = stem
      var suffix = 2
      while !taken.insert(slug).inserted {
        slug = "\(stem)-\(suffix)"
        suffix += 1
      }
      result[name] = slug
    }
    return (result, derived)
  }

  /// Has ICU compile the rules of the transliterator ``pinyin(_:)`` uses: the first one
  /// opened in a process compiles them (about 0.1 s of one core), later ones reuse them.
  static func prepare() {
    _ = pinyin("一")
  }

  /// ``pinyin(_:)`` of each name. ICU opens a transliterator per call, which costs far more
  /// than transliterating, so the names are transliterated a line each in one text.
  static func pinyin(_ names: [String]) -> [String] {
    if names.isEmpty { return [] }
    let names = names.map(bounded)
    guard !names.contains(where: { $0.contains("\n") }),
      let latin = names.joined(separator: "\n").applyingTransform(
        StringTransform("Han-Latin; Latin-ASCII"), reverse: false)
    else { return names.map { pinyin($0) } }
    let lines = latin.split(separator: "\n", omittingEmptySubsequences: false)
    guard lines.count == names.count else { return names.map { pinyin($0) } }
    return lines.map { clean(String($0)) }
  }

  /// The name's pinyin without tones, lower-cased, words joined by `-`.
  static func pinyin(_ name: String) -> String {
    let name = bounded(name)
    let latin =
      name.applyingTransform(StringTransform("Han-Latin; Latin-ASCII"), reverse: false) ?? name
    return clean(latin)
  }

  /// The start of `name` that a slug is made from: its first ``FieldLength/maximum`` characters.
  private static func bounded(_ name: String) -> String {
    FieldLength.isTooLong(name) ? String(name.prefix(FieldLength.maximum)) : name
  }

  /// Lower-case ASCII letters and digits, runs of anything else as one `-`, none at the ends;
  /// at most ``maximumLength`` bytes, cut after the last whole word that fits (or within a
  /// word longer than that).
  static func clean(_ text: String) -> String {
    var slug = ""
    var pendingDash = false
    var lastWordEnd = 0
    for scalar in text.lowercased().unicodeScalars {
      if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
        if pendingDash, !slug.isEmpty {
          lastWordEnd = slug.utf8.count
          slug.append("-")
        }
        pendingDash = false
        guard slug.utf8.count < maximumLength else {
          return String(slug.prefix(lastWordEnd > 0 ? lastWordEnd : maximumLength))
        }
        slug.unicodeScalars.append(scalar)
      } else {
        pendingDash = true
      }
    }
    return slug
  }
}
