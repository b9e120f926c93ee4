/// Finds units that are probably one unit written two ways, for `check`: one name an
/// abbreviation of the other (区人社局 / 区人力资源和社会保障局), or two names equal once a
/// parenthesis is dropped (区政府办(区外办) / 区政府办). The rule is conservative: an
/// abbreviation must share the long name's 区 or 市 prefix and its 局, 委 or 办 suffix, and
/// have its characters in order inside the long name.
public struct LookAlikeUnits: Sendable {
  public var siteFile: String

  public init(siteFile: String) {
    self.siteFile = siteFile
  }

  /// A warning for each pair of look-alike units among those the report's tasks name (by
  /// canonical name), at the first place the shorter one is written, with the alias block to
  /// paste into site.yml.
  public func check(_ report: Report) -> [Diagnostic] {
    var firstPlace: [String: SourceLocation] = [:]
    var names: [String] = []
    // A report writes a few hundred units tens of thousands of times: a spelling seen before
    // (the same bytes) has a canonical name seen before, and is passed over with one cheap
    // lookup.
    var spellings: Set<ExactText> = []
    for round in report.rounds {
      // By index: a task is read in place, not copied out of its round.
      for index in round.tasks.indices {
        for (position, unit) in round.tasks[index].units.enumerated() {
          guard spellings.insert(ExactText(unit)).inserted else { continue }
          let name = report.config.units.canonicalName(for: unit)
          // A name over the length limit is an error of its own; comparing it would cost
          // time in proportion to its length for every other name.
          guard firstPlace[name] == nil, !FieldLength.isTooLong(name) else { continue }
          let places = round.tasks[index].fieldLocations
          firstPlace[name] =
            position < places.unitCount
            ? places.unit(at: position) : SourceLocation(path: siteFile)
          names.append(name)
        }
      }
    }
    var diagnostics: [Diagnostic] = []
    for (alias, canonical, why) in Self.pairs(names) {
      let block = "  - name: \(canonical)\n    aliases:\n      - \(alias)"
      diagnostics.append(
        .warning(
          firstPlace[alias]!,
          "units \"\(alias)\" and \"\(canonical)\" look like one unit (\(why))",
          notes: [
            "if they are one unit, make \"\(alias)\" an alias under `units:` in \(siteFile):\n"
              + block,
            "if they are two units, rename one so that the names differ more",
          ]))
    }
    return diagnostics
  }

  /// The look-alike pairs among `names` in the order of `names`: the name to make an alias
  /// (the abbreviation; the name with the parenthesis), then the canonical name, then why.
  public static func pairs(_ names: [String]) -> [(String, String, String)] {
    var pairs: [(String, String, String)] = []
    // Names by prefix and suffix, so that only candidates are compared.
    var byEnds: [String: [String]] = [:]
    var byBareName: [String: [String]] = [:]
    for name in names {
      if let ends = ends(of: name) { byEnds[ends, default: []].append(name) }
      byBareName[withoutParentheses(name), default: []].append(name)
    }
    var seen = Set<[String]>()
    func add(alias: String, canonical: String, _ why: String) {
      guard seen.insert([alias, canonical].sorted()).inserted else { return }
      pairs.append((alias, canonical, why))
    }
    for name in names {
      let bare = withoutParentheses(name)
      for other in byBareName[bare] ?? [] where other != name {
        // The name without a parenthesis is the canonical one; of two with one, the shorter.
        let nameFirst = other == bare || (name != bare && name.count >= other.count)
        add(
          alias: nameFirst ? name : other, canonical: nameFirst ? other : name,
          "the same without the parenthesis")
      }
      guard let ends = ends(of: name) else { continue }
      for other in byEnds[ends] ?? [] where other.count > name.count {
        if isSubsequence(Array(name), of: Array(other)) {
          add(alias: name, canonical: other, "one looks like an abbreviation of the other")
        }
      }
    }
    return pairs
  }

  /// `区…局`: the 区 or 市 prefix and the 局, 委 or 办 suffix; nil for other names.
  static func ends(of name: String) -> String? {
    guard let first = name.first, let last = name.last, name.count >= 3,
      "区市".contains(first), "局委办".contains(last)
    else { return nil }
    return String([first, last])
  }

  static func withoutParentheses(_ name: String) -> String {
    var out = ""
    var depth = 0
    for character in name {
      if character == "(" || character == "（" {
        depth += 1
      } else if character == ")" || character == "）" {
        depth = max(0, depth - 1)
      } else if depth == 0 {
        out.append(character)
      }
    }
    return out.trimmedSpace
  }

  static func isSubsequence(_ short: [Character], of long: [Character]) -> Bool {
    var index = long.startIndex
    for character in short {
      guard let found = long[index...].firstIndex(of: character) else { return false }
      index = found + 1
    }
    return true
  }
}
