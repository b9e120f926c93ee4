/// A responsible unit (责任单位) under its canonical name.
public struct UnitDefinition: Hashable, Sendable {
  /// The canonical name, shown on the site.
  public var name: String
  /// Other names reports use for the same unit.
  public var aliases: [String]
  /// An ASCII URL slug; derived from the name's pinyin when not set.
  public var slug: String?
  /// Slugs the unit's pages were published under before a rename; each keeps a redirect page.
  public var formerSlugs: [String]

  public init(
    name: String, aliases: [String] = [], slug: String? = nil, formerSlugs: [String] = []
  ) {
    self.name = name
    self.aliases = aliases
    self.slug = slug
    self.formerSlugs = formerSlugs
  }
}

/// The units a site knows, resolving aliases to canonical names. Lookup ignores punctuation
/// width, so `区政府办（区外办）` finds `区政府办(区外办)`.
public struct UnitDirectory: Hashable, Sendable {
  public private(set) var units: [UnitDefinition]
  private var indexByName: [String: Int]
  /// `indexByName` by exact bytes, for quick lookups; a miss asks `indexByName`.
  private var indexByExactName: [ExactText: Int]

  public init(_ units: [UnitDefinition] = []) {
    self.units = []
    self.indexByName = [:]
    self.indexByExactName = [:]
    for unit in units { add(unit) }
  }

  /// Equal when the units and their lookup agree; the quick index follows from them.
  public static func == (lhs: UnitDirectory, rhs: UnitDirectory) -> Bool {
    lhs.units == rhs.units && lhs.indexByName == rhs.indexByName
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(units)
    hasher.combine(indexByName)
  }

  public mutating func add(_ unit: UnitDefinition) {
    let index = units.count
    units.append(unit)
    for name in [unit.name] + unit.aliases {
      let key = Self.key(name)
      let found = indexByName[key] ?? index
      indexByName[key] = found
      indexByExactName[ExactText(key)] = found
    }
  }

  /// The definition for a name as written (canonical or alias), or nil when unknown.
  public func unit(named written: String) -> UnitDefinition? {
    index(named: written).map { units[$0] }
  }

  /// The canonical name for a name as written; an unknown name stands for itself.
  public func canonicalName(for written: String) -> String {
    index(named: written).map { units[$0].name } ?? written.trimmedSpace
  }

  /// The index in ``units`` of a name as written.
  private func index(named written: String) -> Int? {
    let key = Self.key(written)
    return indexByExactName[ExactText(key)] ?? indexByName[key]
  }

  /// The known name (canonical or alias) closest to `written`, for "did you mean" notes: one
  /// within an edit distance of half its length (at least 2). Nil for a name longer than
  /// ``FieldLength/maximum`` (an error of its own), and names whose lengths differ by more than
  /// that distance are not compared, so that a search costs at most 100 × 150 steps a name.
  public func closestName(to written: String) -> String? {
    guard !FieldLength.isTooLong(written) else { return nil }
    let target = Array(Self.key(written))
    let limit = max(2, target.count / 2)
    var best: (name: String, distance: Int)?
    for unit in units {
      for name in [unit.name] + unit.aliases {
        let key = Self.key(name)
        // The distance is at least the difference of the lengths.
        guard key.utf8.count <= 4 * (target.count + limit),
          abs(key.count - target.count) <= min(limit, best?.distance ?? Int.max)
        else { continue }
        let distance = editDistance(target, Array(key))
        if distance < (best?.distance ?? Int.max) { best = (name, distance) }
      }
    }
    guard let best, best.distance <= limit else { return nil }
    return best.name
  }

  private static func key(_ name: String) -> String { name.trimmedSpace.widthFolded }
}

/// Levenshtein distance over characters.
public func editDistance(_ a: [Character], _ b: [Character]) -> Int {
  if a.isEmpty { return b.count }
  if b.isEmpty { return a.count }
  var previous = Array(0...b.count)
  var current = [Int](repeating: 0, count: b.count + 1)
  for i in 1...a.count {
    current[0] = i
    for j in 1...b.count {
      let cost = a[i - 1] == b[j - 1] ? 0 : 1
      current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
    }
    swap(&previous, &current)
  }
  return previous[b.count]
}
